package lategate.domain.school;

import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.register.RegisterRules;
import lategate.domain.register.RegisterTimetable;

/**
 * One school's settings as the domain sees them, already validated.
 *
 * @param policyTitle how the school's attendance policy is cited in explanations
 * @param consequences what the school attaches to a mark in each register (e.g. a morning U earns a
 *                     lunchtime detention the same day)
 * @param retention how long register entries are kept (default 6 years, 2024 Regulations)
 */
public record School(String id, String name, ZoneId zone, String policyTitle, RegisterTimetable timetable,
                     SchoolCalendar calendar, List<LateReason> reasons, Consequences consequences,
                     Period retention) {

    public School {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policyTitle, "policyTitle");
        Objects.requireNonNull(timetable, "timetable");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(consequences, "consequences");
        Objects.requireNonNull(retention, "retention");
        reasons = List.copyOf(reasons);
    }

    public RegisterRules registerRules() {
        return new RegisterRules(zone, policyTitle, timetable, calendar);
    }

    public Optional<LateReason> reason(String key) {
        return reasons.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /** What the school attaches to this mark in this register, if anything. */
    public Optional<String> consequenceOf(Mark mark, Register register) {
        return consequences.of(mark, register);
    }

    /** The consequence told to a pupil arriving at {@code arrived} (school time): none once its window has passed. */
    public Optional<String> consequenceOf(Mark mark, Register register, java.time.LocalTime arrived) {
        return consequences.of(mark, register, arrived);
    }
}
