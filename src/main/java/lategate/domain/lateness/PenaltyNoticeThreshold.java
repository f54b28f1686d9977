package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.codes.StatisticalCategory;
import lategate.domain.lateness.ThresholdStanding.Level;

/**
 * The national threshold for considering a penalty notice: "10 sessions of unauthorised absence
 * in a rolling period of 10 school weeks" (the national framework for penalty notices, Working together to
 * improve school attendance, August 2024). Every U is one such session, and so
 * is a late arrival amended to another unauthorised code (O, G or N): it is still unauthorised. Weeks
 * are school weeks, so a holiday does not count towards the ten. A warning level below the
 * threshold lets the lead act before it is reached. All three numbers are the school's settings.
 */
public record PenaltyNoticeThreshold(int sessions, int schoolWeeks, int approachingAt) {

    public PenaltyNoticeThreshold {
        if (sessions < 1 || schoolWeeks < 1 || approachingAt < 1 || approachingAt > sessions) {
            throw new IllegalArgumentException("a threshold needs sessions and weeks of at least 1, and a warning "
                    + "level from 1 to the threshold: " + sessions + ", " + schoolWeeks + ", " + approachingAt);
        }
    }

    public static final PenaltyNoticeThreshold NATIONAL = new PenaltyNoticeThreshold(10, 10, 8);

    /**
     * Everyone at or near the threshold on {@code on}: their U marks in the {@code schoolWeeks}
     * school weeks ending with the week of {@code on} (or the last school week before it, in a
     * holiday).
     */
    public List<ThresholdStanding> on(LocalDate on, List<LateEntry> entries, SchoolCalendar calendar) {
        OptionalInt lastWeek = lastSchoolWeekBy(on, calendar);
        if (lastWeek.isEmpty()) {
            return List.of();
        }
        int last = lastWeek.getAsInt();
        int first = Math.max(1, last - schoolWeeks + 1);
        Map<String, List<LateEntry>> byPupil = new TreeMap<>();
        for (LateEntry e : entries) {
            OptionalInt week = calendar.schoolWeekOf(e.date());
            if (e.code().category() == StatisticalCategory.UNAUTHORISED_ABSENCE && !e.date().isAfter(on) && week.isPresent()
                    && week.getAsInt() >= first && week.getAsInt() <= last) {
                byPupil.computeIfAbsent(e.pupilId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<ThresholdStanding> standings = new ArrayList<>();
        byPupil.forEach((pupil, marks) -> levelOf(marks.size()).ifPresent(level -> standings.add(
                new ThresholdStanding("penalty_notice", pupil, level, marks.size(), sessions, first, last, marks,
                        level == Level.REACHED ? "penalty notice threshold reached"
                                : "approaching the penalty notice threshold"))));
        standings.sort(BY_CONCERN);
        return standings;
    }

    /** Reached before approaching, then the most marks first. */
    static final Comparator<ThresholdStanding> BY_CONCERN = Comparator.comparing(ThresholdStanding::level)
            .thenComparing(ThresholdStanding::count, Comparator.reverseOrder()).thenComparing(ThresholdStanding::pupilId);

    /**
     * The first day whose entries can count in {@link #on}: the Monday of the first of the
     * {@code schoolWeeks} school weeks ending by {@code on} (the start of the year when the window
     * reaches back that far). Entries before it never count, so a report need not read them.
     */
    public LocalDate windowStarts(LocalDate on, SchoolCalendar calendar) {
        OptionalInt lastWeek = lastSchoolWeekBy(on, calendar);
        if (lastWeek.isEmpty()) {
            return on;
        }
        int first = lastWeek.getAsInt() - schoolWeeks + 1;
        for (LocalDate d = on; !d.isBefore(calendar.yearStarts()); d = d.minusDays(1)) {
            OptionalInt week = calendar.schoolWeekOf(d);
            if (week.isPresent() && week.getAsInt() < first) {
                return d.plusDays(1);
            }
        }
        return calendar.yearStarts();
    }

    private Optional<Level> levelOf(int count) {
        if (count >= sessions) {
            return Optional.of(Level.REACHED);
        }
        return count >= approachingAt ? Optional.of(Level.APPROACHING) : Optional.empty();
    }

    private static OptionalInt lastSchoolWeekBy(LocalDate on, SchoolCalendar calendar) {
        for (LocalDate d = on; !d.isBefore(calendar.yearStarts()); d = d.minusDays(1)) {
            OptionalInt week = calendar.schoolWeekOf(d);
            if (week.isPresent()) {
                return week;
            }
        }
        return OptionalInt.empty();
    }
}
