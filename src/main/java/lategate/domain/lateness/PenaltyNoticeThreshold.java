package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.codes.StatisticalCategory;
import lategate.domain.lateness.ThresholdStanding.Level;

/**
 * The national threshold for considering a penalty notice: "10 sessions of unauthorised absence
 * in a rolling period of 10 school weeks" (the national framework for penalty notices, Working together to
 * improve school attendance, August 2024; The Education (Penalty Notices) (England) (Amendment)
 * Regulations 2024). Every U is one such session, and so is a late arrival amended to another
 * unauthorised code (O, G or N): it is still unauthorised. Weeks are school weeks, so a holiday does not
 * count towards the ten, and the period rolls across terms and school years ({@link SchoolWeeksWindow}).
 * A warning level below the threshold lets the lead act before it is reached. All the numbers are the
 * school's settings; a policy may state its number as "more than" one (reached one above it).
 *
 * <p>lategate holds only the marks it makes, so the count leaves out unauthorised absences the school
 * records elsewhere: every output says so ({@link #COUNTS}). A pupil below compulsory school age is
 * listed apart, never as at the threshold.
 *
 * @param sessions         the number of sessions that reaches the threshold
 * @param statedAsMoreThan the school states it as "more than sessions - 1" (so the words say so)
 */
public record PenaltyNoticeThreshold(int sessions, int schoolWeeks, int approachingAt, boolean statedAsMoreThan) {

    /** What the count leaves out, said beside every penalty notice count. */
    public static final String COUNTS = "counts U marks recorded here only; unauthorised absences recorded in "
            + "the MIS also count";

    public PenaltyNoticeThreshold {
        if (sessions < 1 || schoolWeeks < 1 || approachingAt < 1 || approachingAt > sessions
                || (statedAsMoreThan && sessions < 2)) {
            throw new IllegalArgumentException("a threshold needs sessions and weeks of at least 1, and a warning "
                    + "level from 1 to the threshold: " + sessions + ", " + schoolWeeks + ", " + approachingAt);
        }
    }

    public PenaltyNoticeThreshold(int sessions, int schoolWeeks, int approachingAt) {
        this(sessions, schoolWeeks, approachingAt, false);
    }

    public static final PenaltyNoticeThreshold NATIONAL = new PenaltyNoticeThreshold(10, 10, 8);

    /** The number as the school states it: "10", or "more than 10". */
    public String stated() {
        return statedAsMoreThan ? "more than " + (sessions - 1) : Integer.toString(sessions);
    }

    /**
     * Everyone at or near the threshold on {@code on}: their unauthorised sessions in the
     * {@code schoolWeeks} school weeks ending with the week of {@code on} (or the last school week before
     * it, in a holiday), reaching back into the previous school year when the calendar knows it.
     */
    public List<ThresholdStanding> on(LocalDate on, List<LateEntry> entries, SchoolCalendar calendar) {
        return on(on, entries, calendar, Map.of());
    }

    /**
     * As {@link #on(LocalDate, List, SchoolCalendar)}, with the pupils below compulsory school age on
     * {@code on} (each with the day they reach it) listed apart.
     */
    public List<ThresholdStanding> on(LocalDate on, List<LateEntry> entries, SchoolCalendar calendar,
                                      Map<String, LocalDate> belowCompulsoryAgeUntil) {
        SchoolWeeksWindow window = window(on, calendar);
        if (window.weeks().isEmpty()) {
            return List.of();
        }
        Map<String, List<LateEntry>> byPupil = new TreeMap<>();
        for (LateEntry e : entries) {
            if (e.code().category() == StatisticalCategory.UNAUTHORISED_ABSENCE && window.covers(e.date())) {
                byPupil.computeIfAbsent(e.pupilId(), k -> new ArrayList<>()).add(e);
            }
        }
        String note = window.missing() > 0 ? COUNTS + "; " + window.shortBy() : COUNTS;
        List<ThresholdStanding> standings = new ArrayList<>();
        byPupil.forEach((pupil, marks) -> levelOf(marks.size()).ifPresent(level -> {
            LocalDate until = belowCompulsoryAgeUntil.get(pupil);
            Level shown = until == null ? level : Level.BELOW_COMPULSORY_AGE;
            String words = until != null ? "below compulsory school age until " + until + ", listed apart: "
                    + marks.size() + " unauthorised sessions, not a penalty notice threshold"
                    : level == Level.REACHED ? "penalty notice threshold reached"
                    : "approaching the penalty notice threshold";
            standings.add(new ThresholdStanding("penalty_notice", pupil, shown, marks.size(), sessions,
                    window.firstWeek(), window.lastWeek(), marks, words, window.words(), note));
        }));
        standings.sort(BY_CONCERN);
        return standings;
    }

    /** Reached before approaching before those listed apart, then the most marks first. */
    static final Comparator<ThresholdStanding> BY_CONCERN = new Comparator<>() {
        // Written out rather than chained from Comparator's helpers: this class is loaded with every school's
        // settings, and each helper was a class spun up at run time on every start (docs/architecture.md, "Start-up").
        @Override
        public int compare(ThresholdStanding a, ThresholdStanding b) {
            int byLevel = a.level().compareTo(b.level());
            if (byLevel != 0) {
                return byLevel;
            }
            int byCount = Integer.compare(b.count(), a.count());
            if (byCount != 0) {
                return byCount;
            }
            return a.pupilId().compareTo(b.pupilId());
        }
    };

    /** The school weeks counted on {@code on}. */
    public SchoolWeeksWindow window(LocalDate on, SchoolCalendar calendar) {
        return SchoolWeeksWindow.ending(on, schoolWeeks, calendar);
    }

    /**
     * The first day whose entries can count in {@link #on}: the Monday of the first of the school weeks
     * counted, in the previous school year when the window reaches back into it. Entries before it never
     * count, so a report need not read them.
     */
    public LocalDate windowStarts(LocalDate on, SchoolCalendar calendar) {
        return window(on, calendar).starts();
    }

    /**
     * The fewest unauthorised sessions that put a pupil in {@link #on}'s list (the warning level): a
     * pupil with fewer in all the days it reads cannot be listed, so a store need not send their entries.
     */
    public int fewestListed() {
        return approachingAt;
    }

    private Optional<Level> levelOf(int count) {
        if (count >= sessions) {
            return Optional.of(Level.REACHED);
        }
        return count >= approachingAt ? Optional.of(Level.APPROACHING) : Optional.empty();
    }
}
