package lategate.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import lategate.app.NewArrival;
import lategate.app.ReasonGiven;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteSessionRecords;

/**
 * A made-up history of late arrivals for the demo school, so that a trainer showing the
 * attendance lead's review (staff mode, 'report blocks', 'stages') has weeks of lateness to show
 * and not an empty table. Seeded: the same roster and dates give the same history.
 *
 * <p>Most pupils are rarely late; some now and then; a few often, mostly after the register has
 * closed, so the penalty notice and persistent late arrival thresholds have pupils at them and
 * the stage ladder has proposals. Mondays, Fridays, the first day back after a break and one
 * morning the buses ran late have more. Every arrival goes through the school's own register
 * rules, so its sentence is the one the kiosk would have given; and a few U with a medical
 * reason are amended to M by the demo's receptionist, as the office would, so the review shows
 * marks as they stand now and not as scanned.
 */
public final class DemoHistory {

    /** What was added: arrivals recorded (one per late pupil-day), of how many pupils, over which days. */
    public record Added(int arrivals, int pupils, int amendedToM, LocalDate from, LocalDate to) {
    }

    static final long SEED = 2026;
    private static final StaffIdentity OFFICE = new StaffIdentity("Pat Reed", "Receptionist");

    private DemoHistory() {
    }

    /**
     * Adds the history from the year's first school day to {@code until} (inclusive), unless the
     * register already has a late mark in that time; returns what was added, if anything.
     */
    public static Optional<Added> add(Database database, School school, LocalDate until) {
        SchoolCalendar calendar = school.calendar();
        LocalDate to = until.isAfter(calendar.yearEnds()) ? calendar.yearEnds() : until;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = calendar.yearStarts(); !d.isAfter(to); d = d.plusDays(1)) {
            if (calendar.isSchoolDay(d)) {
                days.add(d);
            }
        }
        SqliteRegisterLog log = new SqliteRegisterLog(database, school.zone());
        if (days.isEmpty() || !new SqliteSessionRecords(database).between(calendar.yearStarts(), to,
                Optional.empty()).isEmpty()) {
            return Optional.empty();
        }
        List<Pupil> roster = new ArrayList<>(new SqlitePupils(database).all());
        roster.removeIf(p -> !p.onRoll());
        roster.sort(Comparator.comparing(Pupil::id));
        Random random = new Random(SEED);
        double[] rate = new double[roster.size()];
        double[] uShare = new double[roster.size()];
        for (int i = 0; i < roster.size(); i++) {
            int kind = random.nextInt(100);
            if (kind < 2) { // often late, mostly after the register closes
                rate[i] = 0.3 + 0.15 * random.nextDouble();
                uShare[i] = 0.6;
            } else if (kind < 8) { // late most weeks
                rate[i] = 0.08 + 0.06 * random.nextDouble();
                uShare[i] = 0.25;
            } else if (kind < 30) { // now and then
                rate[i] = 0.02 + 0.02 * random.nextDouble();
                uShare[i] = 0.15;
            } else {
                rate[i] = 0.004;
                uShare[i] = 0.1;
            }
        }
        LocalDate busesLate = days.get(days.size() / 2);
        List<Amendment> amendments = new ArrayList<>();
        Set<String> late = new HashSet<>();
        int arrivals = 0;
        for (int d = 0; d < days.size(); d++) {
            LocalDate day = days.get(d);
            double factor = dayFactor(day.getDayOfWeek());
            if (d > 0 && ChronoUnit.DAYS.between(days.get(d - 1), day) > 4) {
                factor *= 1.6; // the first day back after a break
            }
            if (day.equals(busesLate)) {
                factor *= 3;
            }
            List<NewArrival> today = new ArrayList<>();
            for (int i = 0; i < roster.size(); i++) {
                if (random.nextDouble() >= rate[i] * factor) {
                    continue;
                }
                Pupil pupil = roster.get(i);
                boolean u = random.nextDouble() < uShare[i];
                Register register = random.nextDouble() < 0.93 ? Register.AM : Register.PM;
                var at = GeneratedYear.arrivalTime(school, day, register, u, random);
                Classification c = school.registerRules().classify(at);
                if (!c.mark().isLate()) {
                    continue;
                }
                Optional<ReasonGiven> reason = (day.equals(busesLate) ? school.reason("transport")
                        : GeneratedYear.reason(school, random)).map(ReasonGiven::byPupil);
                today.add(new NewArrival(pupil, c, "demo-kiosk", "pupil (badge scan)", at,
                        school.consequenceOf(c.mark(), register), reason,
                        lategate.domain.register.SignInMethod.SCAN));
                late.add(pupil.id());
                if (c.mark() == Mark.U && reason.flatMap(r -> r.reason().authorises()).isPresent()
                        && random.nextDouble() < 0.6) {
                    amendments.add(new Amendment(pupil.id(), day, register, AttendanceCode.U,
                            reason.get().reason().authorises().get(), Optional.empty(), "claimed reason confirmed",
                            Optional.of("appointment card seen"), at.plus(40, ChronoUnit.MINUTES), OFFICE,
                            Optional.empty()));
                }
            }
            today.sort(Comparator.comparing(a -> a.classification().arrivedAt().toInstant()));
            arrivals += log.recordAll(today).size();
        }
        new SqliteAmendments(database).record(amendments);
        return Optional.of(new Added(arrivals, late.size(), amendments.size(), days.get(0), days.get(days.size() - 1)));
    }

    private static double dayFactor(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> 1.4;
            case FRIDAY -> 1.2;
            case WEDNESDAY -> 0.8;
            default -> 0.9;
        };
    }
}
