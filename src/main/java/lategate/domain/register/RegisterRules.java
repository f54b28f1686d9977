package lategate.domain.register;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.calendar.SchoolCalendar;

/**
 * How an instant becomes a mark at one school: before the register is taken, on time; from then
 * up to, not including, its close (plus any grace), L; from then on, U. The rules are asked in
 * order and the first that decides gives the mark and the sentence that explains it.
 */
public final class RegisterRules {

    /** In order: the first rule that decides wins. */
    public static final List<ArrivalRule> RULES = List.of(
            new ArrivalRule.NotASchoolDay(),
            new ArrivalRule.AfterTheSchoolDay(),
            new ArrivalRule.AfterTheTimeAskedForBeforeRegisterTaken(),
            new ArrivalRule.BeforeRegisterTaken(),
            new ArrivalRule.LateBeforeRegisterCloses(),
            new ArrivalRule.AfterRegisterCloses());

    private final ZoneId zone;
    private final String policyTitle;
    private final RegisterTimetable timetable;
    private final SchoolCalendar calendar;

    public RegisterRules(ZoneId zone, String policyTitle, RegisterTimetable timetable, SchoolCalendar calendar) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.policyTitle = Objects.requireNonNull(policyTitle, "policyTitle");
        this.timetable = Objects.requireNonNull(timetable, "timetable");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
    }

    /** Classifies an arrival for a pupil with no cut-off of their own. */
    public Classification classify(Instant arrival) {
        return classify(arrival, List.of());
    }

    /** Classifies an arrival, honouring the pupil's own later cut-offs that apply on that day. */
    public Classification classify(Instant arrival, List<PupilCutOff> pupilCutOffs) {
        ZonedDateTime local = arrival.atZone(zone);
        Register register = timetable.windowFor(local.toLocalTime()).register();
        Optional<PupilCutOff> cutOff = pupilCutOffs.stream()
                .filter(c -> c.register() == register && c.appliesOn(local.toLocalDate()))
                .max(Comparator.comparing(PupilCutOff::from).thenComparing(PupilCutOff::closes));
        ArrivalFacts facts = new ArrivalFacts(local, calendar.statusOf(local.toLocalDate()), timetable, cutOff,
                policyTitle);
        return RULES.stream()
                .map(rule -> rule.decide(facts))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no register rule decided " + local));
    }

    public ZoneId zone() {
        return zone;
    }

    public RegisterTimetable timetable() {
        return timetable;
    }

    public SchoolCalendar calendar() {
        return calendar;
    }
}
