package lategate.app.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import lategate.app.DayView;
import lategate.app.MarkWithReason;
import lategate.app.PupilDirectory;
import lategate.app.RecordedArrival;
import lategate.app.RegisterLog;
import lategate.app.audit.AmendmentLog;
import lategate.app.movement.MovementLog;
import lategate.app.movement.MovementLog.RecordedMovement;
import lategate.domain.audit.Amendment;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;

/**
 * The register entries lategate holds between two school dates, one per pupil per register per
 * day, for the office to import into the school's MIS (Oak Meadow §7 keeps its register in SIMS).
 * An entry stands as the day view shows it: the latest amendment (Oak Meadow §7, PSA §H, KTS
 * §4.1: the original is kept, and exported beside it); else the code a sign-out gives a register
 * taken while the pupil was out (Seagrave §12.2: M for a medical appointment); else the pupil's
 * own arrival mark, on time, L or U. A repeat scan is never a second entry. A register not yet
 * taken when the export runs has no entry from a sign-out: the pupil may be back before it.
 */
public final class MarksExport {

    /** The three reads of the store that come before the days, as steps of progress. */
    private static final int READS = 3;
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final School school;
    private final PupilDirectory pupils;
    private final RegisterLog register;
    private final MovementLog movements;
    private final AmendmentLog amendments;
    private final Clock clock;

    public MarksExport(School school, PupilDirectory pupils, RegisterLog register, MovementLog movements,
                       AmendmentLog amendments, Clock clock) {
        this.school = Objects.requireNonNull(school, "school");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.register = Objects.requireNonNull(register, "register");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.amendments = Objects.requireNonNull(amendments, "amendments");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        Instant now = clock.instant();
        Map<String, Pupil> roll = new HashMap<>();
        pupils.all().forEach(p -> roll.put(p.id(), p));
        Map<LocalDate, List<MarkWithReason>> marks = new HashMap<>();
        register.marksWithReasonsBetween(from, to)
                .forEach(m -> marks.computeIfAbsent(m.arrival().schoolDate(), d -> new ArrayList<>()).add(m));
        stepsDone.accept(1);
        Map<LocalDate, List<RecordedMovement>> moves = movements.recordedBetween(from, to);
        stepsDone.accept(2);
        Map<LocalDate, List<Amendment>> amended = new HashMap<>();
        amendments.between(from, to)
                .forEach(a -> amended.computeIfAbsent(a.schoolDate(), d -> new ArrayList<>()).add(a));
        stepsDone.accept(READS);
        List<ExportedMark> rows = new ArrayList<>();
        LocalDate date = from;
        for (int done = READS + 1; done <= total; done++, date = date.plusDays(1)) {
            rows.addAll(on(date, now, roll, marks.getOrDefault(date, List.of()), moves.getOrDefault(date, List.of()),
                    amended.getOrDefault(date, List.of())));
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

    private List<ExportedMark> on(LocalDate date, Instant now, Map<String, Pupil> roll, List<MarkWithReason> marks,
                                  List<RecordedMovement> moves, List<Amendment> amended) {
        if (marks.isEmpty() && moves.isEmpty() && amended.isEmpty()) {
            return List.of();
        }
        TreeSet<String> ids = new TreeSet<>();
        Map<String, Map<Register, MarkWithReason>> arrivals = new HashMap<>();
        for (MarkWithReason m : marks) {
            arrivals.computeIfAbsent(m.arrival().pupilId(), k -> new EnumMap<>(Register.class))
                    .put(m.arrival().register(), m);
            ids.add(m.arrival().pupilId());
        }
        Map<String, List<RecordedMovement>> movesOf = new HashMap<>();
        for (RecordedMovement m : moves) {
            movesOf.computeIfAbsent(m.movement().pupilId(), k -> new ArrayList<>()).add(m);
            ids.add(m.movement().pupilId());
        }
        Map<String, List<Amendment>> amendmentsOf = new HashMap<>();
        for (Amendment a : amended) {
            amendmentsOf.computeIfAbsent(a.pupilId(), k -> new ArrayList<>()).add(a);
            ids.add(a.pupilId());
        }
        boolean schoolDay = school.calendar().isSchoolDay(date);
        List<ExportedMark> rows = new ArrayList<>();
        for (String id : ids) {
            Pupil pupil = roll.getOrDefault(id, unknown(id));
            List<RecordedMovement> pupilMoves = movesOf.getOrDefault(id, List.of());
            DayMovements day = new DayMovements(id, pupilMoves.stream().map(RecordedMovement::movement).toList());
            for (Register reg : Register.values()) {
                Optional<MarkWithReason> arrival = Optional.ofNullable(arrivals.getOrDefault(id, Map.of()).get(reg));
                List<Amendment> trail = amendmentsOf.getOrDefault(id, List.of()).stream()
                        .filter(a -> a.register() == reg).sorted(Comparator.comparing(Amendment::at)).toList();
                Optional<RecordedMovement> signOut = schoolDay ? signOutCovering(date, reg, now, day, pupilMoves)
                        : Optional.empty();
                entry(date, reg, pupil, arrival, signOut, trail).ifPresent(rows::add);
            }
        }
        return rows;
    }

    /** The sign-out a register taken by {@code now} falls in, with who recorded it. */
    private Optional<RecordedMovement> signOutCovering(LocalDate date, Register reg, Instant now, DayMovements day,
                                                       List<RecordedMovement> recorded) {
        Instant taken = date.atTime(school.timetable().window(reg).taken()).atZone(school.zone()).toInstant();
        if (taken.isAfter(now)) {
            return Optional.empty();
        }
        return day.outAt(taken).flatMap(out -> recorded.stream().filter(r -> r.movement().equals(out)).findFirst());
    }

    private Optional<ExportedMark> entry(LocalDate date, Register reg, Pupil pupil, Optional<MarkWithReason> mark,
                                         Optional<RecordedMovement> signOut, List<Amendment> trail) {
        Optional<RecordedArrival> arrival = mark.map(MarkWithReason::arrival);
        Optional<Instant> arrivedAt = arrival.map(RecordedArrival::arrivedAt);
        if (!trail.isEmpty()) {
            Amendment latest = trail.get(trail.size() - 1);
            Optional<String> lateReason = trail.stream().map(Amendment::lateReason).flatMap(Optional::stream)
                    .reduce((first, second) -> second);
            String comment = lateReason.map(r -> oneLine(r) + "; ").orElse("") + oneLine(latest.reason());
            return Optional.of(new ExportedMark(date, reg, pupil, latest.amended(),
                    minutes(latest.amended(), arrival), comment, trail.get(0).original(), DayView.Source.AMENDMENT,
                    arrivedAt, latest.at(), oneLine(latest.by().toString())));
        }
        if (signOut.isPresent()) {
            Movement.SignedOut out = (Movement.SignedOut) signOut.get().movement();
            String comment = "signed out " + TimeWords.CLOCK.format(out.at().atZone(school.zone())) + ": "
                    + oneLine(out.reason());
            return Optional.of(new ExportedMark(date, reg, pupil, out.code(), OptionalLong.empty(), comment,
                    out.code(), DayView.Source.SIGN_OUT, arrivedAt, out.at(),
                    oneLine(signOut.get().by().toString())));
        }
        if (arrival.isPresent()) {
            RecordedArrival a = arrival.get();
            AttendanceCode code = a.mark().code(reg);
            return Optional.of(new ExportedMark(date, reg, pupil, code, minutes(code, arrival),
                    reasonOf(mark.get()), code, DayView.Source.ARRIVAL, arrivedAt, a.arrivedAt(),
                    oneLine(a.recordedBy())));
        }
        return Optional.empty();
    }

    /** Minutes late go with a late code only: a U amended to M is an authorised absence, not lateness. */
    private static OptionalLong minutes(AttendanceCode code, Optional<RecordedArrival> arrival) {
        boolean late = code == AttendanceCode.L || code == AttendanceCode.U;
        return late && arrival.isPresent() ? OptionalLong.of(arrival.get().minutesLate()) : OptionalLong.empty();
    }

    /** The pupil's late reason as it stands; a claim staff have not settled says so. */
    private static String reasonOf(MarkWithReason entry) {
        if (entry.reasonStatus().isEmpty()) {
            return "";
        }
        return switch (entry.reasonStatus().get()) {
            case NOT_GIVEN -> "reason not given";
            case CLAIMED -> oneLine(entry.reasonLabel().orElse("")) + " (claimed, to be confirmed by staff)";
            case GIVEN -> oneLine(entry.reasonLabel().orElse(""));
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
