package lategate.domain.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Register;
import lategate.domain.register.RegisterTimetable;

/**
 * One pupil's comings and goings on one day, in time order, and what they mean for the
 * registers. Derived, never typed: a pupil out when a register is taken gets the sign-out's
 * code for it (docs/domain.md: "a pupil out for a medical appointment during a register is coded M for
 * that session; a pupil back before a register is present for it").
 */
public final class DayMovements {

    private final String pupilId;
    private final List<Movement> movements;

    public DayMovements(String pupilId, List<Movement> movements) {
        this.pupilId = pupilId;
        this.movements = movements.stream().sorted(Comparator.comparing(Movement::at)).toList();
        for (Movement m : this.movements) {
            if (!m.pupilId().equals(pupilId)) {
                throw new IllegalArgumentException("a movement of " + m.pupilId() + " is not " + pupilId + "'s");
            }
        }
    }

    public List<Movement> movements() {
        return movements;
    }

    /** The sign-out the pupil is out on at {@code instant}, if they are out then. */
    public Optional<Movement.SignedOut> outAt(Instant instant) {
        Movement.SignedOut out = null;
        for (Movement m : movements) {
            if (m.at().isAfter(instant)) {
                break;
            }
            out = m instanceof Movement.SignedOut o ? o : null;
        }
        return Optional.ofNullable(out);
    }

    /** Whether the pupil is off site now (signed out and not yet back). */
    public Optional<Movement.SignedOut> offSite() {
        if (movements.isEmpty()) {
            return Optional.empty();
        }
        Movement last = movements.get(movements.size() - 1);
        return last instanceof Movement.SignedOut out ? Optional.of(out) : Optional.empty();
    }

    /**
     * The code each register gets from the pupil's movements on {@code date}: the sign-out's
     * code when the pupil was out at the moment the register was taken; nothing (the
     * register's own mark stands) otherwise.
     */
    public Map<Register, AttendanceCode> registerEffects(LocalDate date, RegisterTimetable timetable, ZoneId zone) {
        Map<Register, AttendanceCode> effects = new EnumMap<>(Register.class);
        for (Register register : Register.values()) {
            Instant taken = date.atTime(timetable.window(register).taken()).atZone(zone).toInstant();
            outAt(taken).ifPresent(out -> effects.put(register, out.code()));
        }
        return effects;
    }

    public String pupilId() {
        return pupilId;
    }
}
