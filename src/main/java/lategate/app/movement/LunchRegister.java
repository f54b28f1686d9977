package lategate.app.movement;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.app.MovementLog;
import lategate.app.PupilDirectory;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Collection;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.LunchPass;
import lategate.domain.movement.LunchTimes;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.School;

/**
 * The lunch register at the office (the school's policy, cited by [lunch] source): named pupils with a pass sign out within
 * the first minutes of lunch, collected by a parent, and back in before it ends; a late return
 * is flagged. A pass holder still out when the afternoon register is taken is coded N: the
 * reason is not yet known.
 */
public final class LunchRegister {

    private final School school;
    private final LunchTimes lunch;
    private final PupilDirectory pupils;
    private final LunchPasses passes;
    private final MovementLog log;
    private final Clock clock;

    public LunchRegister(School school, LunchTimes lunch, PupilDirectory pupils, LunchPasses passes, MovementLog log,
                         Clock clock) {
        this.school = Objects.requireNonNull(school, "school");
        this.lunch = Objects.requireNonNull(lunch, "lunch");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.passes = Objects.requireNonNull(passes, "passes");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One pass holder's lunchtime today. */
    public record Line(Pupil pupil, LunchPass pass, Optional<Instant> out, Optional<Instant> back, boolean lateBack,
                       boolean stillOut) {
    }

    public Movement.SignedOut signOut(String pupilId, Instant at, Collection parent, StaffIdentity by) {
        LocalDate date = at.atZone(school.zone()).toLocalDate();
        Pupil pupil = pupils.byId(pupilId).filter(Pupil::onRoll)
                .orElseThrow(() -> new Movements.Refused("no pupil on roll with id '" + pupilId + "'"));
        passes.ofPupil(pupilId).stream().filter(p -> p.validOn(date)).findFirst()
                .orElseThrow(() -> new Movements.Refused("pupil " + pupil.id() + " has no lunchtime pass valid today "
                        + "(" + lunch.citation() + ": leave at lunch only with a pass the school has granted)"));
        MovementTimes.notInTheFuture(at, clock.instant(), "sign-out");
        lunch.problemLeavingAt(at.atZone(school.zone()).toLocalTime()).ifPresent(problem -> {
            throw new Movements.Refused(problem + "; nothing was recorded");
        });
        if (new DayMovements(pupilId, log.of(pupilId, date)).offSite().isPresent()) {
            throw new Movements.Refused("pupil " + pupil.id() + " is already signed out");
        }
        Instant backBy = date.atTime(lunch.backBy()).atZone(school.zone()).toInstant();
        Movement.SignedOut out = new Movement.SignedOut(pupilId, at, AttendanceCode.N, "lunchtime pass", parent,
                false, Optional.of(backBy), true);
        log.record(out, date, by, clock.instant());
        return out;
    }

    /** Signs a pass holder back in; returns whether the return was late (after the time to be back by). */
    public boolean signBackIn(String pupilId, Instant at, StaffIdentity by) {
        LocalDate date = at.atZone(school.zone()).toLocalDate();
        Optional<Movement.SignedOut> out = new DayMovements(pupilId, log.of(pupilId, date)).offSite();
        if (out.isEmpty() || !out.get().lunchPass()) {
            throw new Movements.Refused(pupilId + " is not out on a lunchtime pass: there is nothing to sign back in from");
        }
        MovementTimes.notBeforeLeaving(at, out.get());
        MovementTimes.notInTheFuture(at, clock.instant(), "return");
        log.record(new Movement.SignedBackIn(pupilId, at), date, by, clock.instant());
        return lunch.lateBack(at.atZone(school.zone()).toLocalTime());
    }

    /** Everyone with a pass valid on the date, and what they did at lunch. */
    public List<Line> on(LocalDate date) {
        List<Line> lines = new ArrayList<>();
        for (LunchPass pass : passes.validOn(date)) {
            Optional<Pupil> pupil = pupils.byId(pass.pupilId()).filter(Pupil::onRoll);
            if (pupil.isEmpty()) {
                continue;
            }
            List<Movement> moves = log.of(pass.pupilId(), date);
            Optional<Instant> out = Optional.empty();
            Optional<Instant> back = Optional.empty();
            for (int i = 0; i < moves.size(); i++) {
                if (moves.get(i) instanceof Movement.SignedOut o && o.lunchPass()) {
                    out = Optional.of(o.at());
                    back = i + 1 < moves.size() ? Optional.of(moves.get(i + 1).at()) : Optional.empty();
                }
            }
            boolean late = back.map(b -> lunch.lateBack(b.atZone(school.zone()).toLocalTime())).orElse(false)
                    || (out.isPresent() && back.isEmpty()
                    && clock.instant().atZone(school.zone()).toLocalTime().isAfter(lunch.backBy())
                    && clock.instant().atZone(school.zone()).toLocalDate().equals(date));
            lines.add(new Line(pupil.get(), pass, out, back, late, out.isPresent() && back.isEmpty()));
        }
        return lines;
    }

    public LunchTimes times() {
        return lunch;
    }

}
