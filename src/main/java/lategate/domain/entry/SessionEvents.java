package lategate.domain.entry;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.RosterPlace;
import lategate.domain.register.PupilCutOff;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;

/**
 * Everything recorded for one pupil and one session (a register on a school day), the input to
 * {@link EntryResolution}: the first scan (its repeats only counted, they never make a mark), the
 * reasons given for it, the pupil's comings and goings that whole day (a sign-out in the morning can
 * still be in force when the afternoon register is taken), decisions on claims, amendments, and the
 * pupil's own later cut-offs (for a return from lunch, timed as any arrival), and who recorded each
 * movement at the office; and the pupil's year and class as the roster had them that day, when a scan
 * recorded them.
 */
public record SessionEvents(String pupilId, LocalDate date, Register register, Optional<RecordedArrival> firstScan,
                            int repeats, List<ReasonRecord> reasons, List<Movement> dayMovements,
                            List<ClaimDecision> decisions, List<Amendment> amendments, List<PupilCutOff> cutOffs,
                            Map<Movement, StaffIdentity> movementRecorders, Optional<RosterPlace> placeThen) {

    public SessionEvents {
        Objects.requireNonNull(pupilId, "pupilId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(firstScan, "firstScan");
        reasons = sorted(reasons, Comparator.comparing(ReasonRecord::at).thenComparing(ReasonRecord::id));
        dayMovements = sorted(dayMovements, Comparator.comparing(Movement::at));
        decisions = List.copyOf(decisions);
        // Stable: amendments made in the same instant keep the order they were recorded in.
        amendments = sorted(amendments, Comparator.comparing(Amendment::at));
        cutOffs = List.copyOf(cutOffs);
        movementRecorders = Map.copyOf(movementRecorders);
        Objects.requireNonNull(placeThen, "placeThen");
        firstScan.ifPresent(a -> check(a.pupilId(), a.schoolDate(), a.register(), pupilId, date, register));
        for (Amendment a : amendments) {
            check(a.pupilId(), a.schoolDate(), a.register(), pupilId, date, register);
        }
        for (Movement m : dayMovements) {
            if (!m.pupilId().equals(pupilId)) {
                throw new IllegalArgumentException("a movement of " + m.pupilId() + " is not " + pupilId + "'s");
            }
        }
    }

    /** Nothing but the pupil's movements: a session the pupil did not scan for. */
    public static SessionEvents ofMovements(String pupilId, LocalDate date, Register register,
                                            List<Movement> dayMovements) {
        return new SessionEvents(pupilId, date, register, Optional.empty(), 0, List.of(), dayMovements, List.of(),
                List.of(), List.of(), Map.of(), Optional.empty());
    }

    /** A year's report builds tens of thousands of these, most with no record or one: only sort more. */
    private static <T> List<T> sorted(List<T> list, Comparator<T> order) {
        return list.size() < 2 ? List.copyOf(list) : list.stream().sorted(order).toList();
    }

    private static void check(String pupil, LocalDate day, Register reg, String pupilId, LocalDate date,
                              Register register) {
        if (!pupil.equals(pupilId) || !day.equals(date) || reg != register) {
            throw new IllegalArgumentException("a record of " + pupil + " " + day + " " + reg + " is not of "
                    + pupilId + " " + date + " " + register);
        }
    }
}
