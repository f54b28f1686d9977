package lategate.domain.lateness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.calendar.Term;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.ThresholdStanding.Level;

/**
 * Persistent late arrival after the register has closed: a penalty notice may be issued for it
 * (a ground for a penalty notice in schools' policies: docs/domain.md, "Lateness tracking and
 * thresholds"). Policies give no number, so the count of U marks and whether it is counted
 * per 4-weekly block or per term are the school's settings.
 */
public record PersistentLateArrival(int uMarks, Span per, OptionalInt approachingAt) {

    public enum Span {
        BLOCK("block"), TERM("term");

        private final String word;

        Span(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    public PersistentLateArrival {
        if (uMarks < 1) {
            throw new IllegalArgumentException("the persistent late arrival threshold needs at least 1 U, not " + uMarks);
        }
        if (approachingAt.isPresent() && (approachingAt.getAsInt() < 1 || approachingAt.getAsInt() >= uMarks)) {
            throw new IllegalArgumentException("the warning level must be from 1 to one less than the threshold "
                    + uMarks + ", not " + approachingAt.getAsInt());
        }
    }

    /**
     * What the count leaves out, said beside every persistent late arrival count: a U the office wrote
     * straight into the MIS is not here.
     */
    public static final String COUNTS = "counts U marks recorded here only; U marks recorded in the MIS also count";

    /**
     * Everyone at or near the threshold on {@code on}, counting U marks up to that day in its block
     * or term (in a holiday: the block or term just ended).
     */
    public List<ThresholdStanding> on(LocalDate on, List<LateEntry> entries, SchoolCalendar calendar) {
        return on(on, entries, calendar, Map.of());
    }

    /**
     * As {@link #on(LocalDate, List, SchoolCalendar)}, with the pupils below compulsory school age on
     * {@code on} (each with the day they reach it) listed apart: a penalty notice for persistent late arrival
     * is only for a child of compulsory school age (Education Act 1996 s.8).
     */
    public List<ThresholdStanding> on(LocalDate on, List<LateEntry> entries, SchoolCalendar calendar,
                                      Map<String, LocalDate> belowCompulsoryAgeUntil) {
        Optional<Window> window = windowOn(on, calendar);
        if (window.isEmpty()) {
            return List.of();
        }
        Window w = window.get();
        Map<String, List<LateEntry>> byPupil = new TreeMap<>();
        for (LateEntry e : entries) {
            if (e.code() == AttendanceCode.U && !e.date().isAfter(on) && w.covers(e.date(), calendar)) {
                byPupil.computeIfAbsent(e.pupilId(), k -> new ArrayList<>()).add(e);
            }
        }
        List<ThresholdStanding> standings = new ArrayList<>();
        byPupil.forEach((pupil, marks) -> levelOf(marks.size()).ifPresent(level -> {
            LocalDate until = belowCompulsoryAgeUntil.get(pupil);
            String words = until != null ? "below compulsory school age until " + until + ", listed apart: "
                    + marks.size() + " U in a " + w.name() + ", not a persistent late arrival threshold"
                    : (level == Level.REACHED ? "persistent late arrival threshold reached"
                    : "approaching the persistent late arrival threshold") + " (" + uMarks + " U in a "
                    + w.name() + ")";
            standings.add(new ThresholdStanding("persistent_late", pupil, until == null ? level
                    : Level.BELOW_COMPULSORY_AGE, marks.size(), uMarks, w.firstWeek(), w.lastWeek(), marks, words,
                    "school weeks " + w.firstWeek() + "-" + w.lastWeek(), COUNTS));
        }));
        standings.sort(PenaltyNoticeThreshold.BY_CONCERN);
        return standings;
    }

    /** The first day whose entries can count in {@link #on}, so a report need not read earlier ones. */
    public LocalDate windowStarts(LocalDate on, SchoolCalendar calendar) {
        Optional<Window> window = windowOn(on, calendar);
        if (window.isEmpty()) {
            return on;
        }
        for (LocalDate d = calendar.yearStarts(); !d.isAfter(on); d = d.plusDays(1)) {
            OptionalInt week = calendar.schoolWeekOf(d);
            if (week.isPresent() && week.getAsInt() >= window.get().firstWeek()) {
                return d;
            }
        }
        return on;
    }

    /** The fewest U that put a pupil in {@link #on}'s list: the warning level, else the threshold. */
    public int fewestListed() {
        return approachingAt.orElse(uMarks);
    }

    private Optional<Level> levelOf(int count) {
        if (count >= uMarks) {
            return Optional.of(Level.REACHED);
        }
        return approachingAt.isPresent() && count >= approachingAt.getAsInt() ? Optional.of(Level.APPROACHING)
                : Optional.empty();
    }

    /** The school weeks counted on a day, and what they are called in a sentence. */
    private record Window(String name, int firstWeek, int lastWeek) {
        boolean covers(LocalDate date, SchoolCalendar calendar) {
            OptionalInt week = calendar.schoolWeekOf(date);
            return week.isPresent() && week.getAsInt() >= firstWeek && week.getAsInt() <= lastWeek;
        }
    }

    private Optional<Window> windowOn(LocalDate on, SchoolCalendar calendar) {
        OptionalInt lastWeek = OptionalInt.empty();
        LocalDate last = on;
        for (; !last.isBefore(calendar.yearStarts()); last = last.minusDays(1)) {
            lastWeek = calendar.schoolWeekOf(last);
            if (lastWeek.isPresent()) {
                break;
            }
        }
        if (lastWeek.isEmpty()) {
            return Optional.empty();
        }
        int week = lastWeek.getAsInt();
        if (per == Span.BLOCK) {
            Block block = Block.ofWeek(week);
            return Optional.of(new Window("block", block.firstWeek(), week));
        }
        LocalDate day = last;
        Optional<Term> term = calendar.terms().stream().filter(t -> !t.starts().isAfter(day))
                .reduce((a, b) -> b.starts().isAfter(a.starts()) ? b : a);
        if (term.isEmpty()) {
            return Optional.empty();
        }
        int first = week;
        for (LocalDate d = term.get().starts(); !d.isAfter(term.get().ends()); d = d.plusDays(1)) {
            OptionalInt w = calendar.schoolWeekOf(d);
            if (w.isPresent()) {
                first = w.getAsInt();
                break;
            }
        }
        return Optional.of(new Window("term", first, week));
    }
}
