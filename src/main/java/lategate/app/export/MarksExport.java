package lategate.app.export;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import lategate.app.PupilDirectory;
import lategate.app.entry.RegisterEntries;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.entry.EntryChange;
import lategate.domain.entry.SessionEntry;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.ReasonStatus;
import lategate.domain.school.School;

/**
 * The register entries lategate holds between two school dates, one per pupil per register per
 * day, for the office to import into the school's MIS (SIMS, for example).
 * Each row is the entry as it stands ({@link RegisterEntries}), with its original beside it (the
 * 2024 regulations). A repeat scan is never a second entry. A register not yet taken
 * when the export runs has no entry from a sign-out: the pupil may be back before it.
 */
public final class MarksExport {

    /** The read of the register before the days, as a step of progress. */
    private static final int READS = 1;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final School school;
    private final PupilDirectory pupils;
    private final RegisterEntries register;

    public MarksExport(School school, PupilDirectory pupils, RegisterEntries register) {
        this.school = Objects.requireNonNull(school, "school");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.register = Objects.requireNonNull(register, "register");
    }

    /** A range that cannot be exported, in words for the office; nothing was exported. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    /**
     * How many steps of progress {@link #between} reports for a range: one for each of its reads,
     * then one a day. The range is checked as {@link #between} checks it.
     *
     * @throws Refused when the range ends before it starts or is not inside the academic year
     */
    public int steps(LocalDate from, LocalDate to) {
        check(from, to);
        return READS + (int) ChronoUnit.DAYS.between(from, to) + 1;
    }

    /**
     * Every entry from {@code from} to {@code to} inclusive, by date, pupil id, then morning
     * before afternoon. {@code stepsDone} hears how many of {@link #steps} are done so far.
     *
     * @throws Refused when the range ends before it starts or is not inside the academic year (a
     *                 range longer than the year never is)
     */
    public List<ExportedMark> between(LocalDate from, LocalDate to, IntConsumer stepsDone) {
        int total = steps(from, to);
        Map<String, Pupil> roll = new HashMap<>();
        pupils.all().forEach(p -> roll.put(p.id(), p));
        Map<LocalDate, List<SessionEntry>> byDay = new HashMap<>();
        register.between(from, to).forEach(e -> byDay.computeIfAbsent(e.date(), d -> new ArrayList<>()).add(e));
        stepsDone.accept(READS);
        List<ExportedMark> rows = new ArrayList<>();
        LocalDate date = from;
        for (int done = READS + 1; done <= total; done++, date = date.plusDays(1)) {
            byDay.getOrDefault(date, List.of()).stream()
                    .sorted(Comparator.comparing(SessionEntry::pupilId).thenComparing(SessionEntry::register))
                    .map(e -> row(e, roll.getOrDefault(e.pupilId(), unknown(e.pupilId())))).forEach(rows::add);
            stepsDone.accept(done);
        }
        return rows;
    }

    private void check(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new Refused("the range " + from + " to " + to + " ends before it starts: nothing was exported");
        }
        SchoolCalendar calendar = school.calendar();
        LocalDate outside = from.isBefore(calendar.yearStarts()) || from.isAfter(calendar.yearEnds()) ? from
                : to.isBefore(calendar.yearStarts()) || to.isAfter(calendar.yearEnds()) ? to : null;
        if (outside != null) {
            throw new Refused(outside + " is outside " + school.name() + "'s academic year, "
                    + calendar.yearStarts() + " to " + calendar.yearEnds()
                    + ": export one academic year at a time; nothing was exported");
        }
    }

    private static ExportedMark row(SessionEntry e, Pupil pupil) {
        return new ExportedMark(e.date(), e.register(), pupil, e.code(), e.minutesLate(), comment(e), e.originalCode(),
                e.source(), e.arrival().map(a -> a.arrivedAt()), e.standsSince(), oneLine(e.standsBy()), e.signIn());
    }

    /**
     * One line for the MIS: for a change, its reason after the late reason staff set, if any; else
     * the reason as it stands (a claim not yet decided says so); a sign-out's or a return's own words.
     */
    private static String comment(SessionEntry e) {
        if (e.change().isPresent()) {
            EntryChange change = e.change().get();
            return change.lateReason().map(r -> oneLine(r) + "; ").orElse("") + oneLine(change.why());
        }
        if (e.reasonStatus().isEmpty()) {
            return e.reason().map(MarksExport::oneLine).orElse("");
        }
        return switch (e.reasonStatus().get()) {
            case NOT_GIVEN -> "reason not given";
            case NOT_ASKED -> "reason not asked (queue at the kiosk)";
            case CLAIMED -> oneLine(e.reason().orElse("")) + " (claimed, to be confirmed by staff)";
            case GIVEN, CONFIRMED, REFUSED -> oneLine(e.reason().orElse(""));
        };
    }

    /** Text people typed, on one line: a MIS comment field holds no line breaks or tabs. */
    static String oneLine(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static Pupil unknown(String id) {
        return new Pupil(id, "", "", "", "", "", Characteristics.NONE, Optional.empty());
    }
}
