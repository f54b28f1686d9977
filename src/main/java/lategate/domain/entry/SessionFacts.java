package lategate.domain.entry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.Movement;
import lategate.domain.register.Classification;
import lategate.domain.register.RegisterRules;

/**
 * What the entry rules read for one session: its events, when its register is taken and from when
 * an arrival is U (the close, or the pupil's own later cut-off, plus any grace), and the instant the
 * entry is asked for: a register not yet taken has no entry from a sign-out, the pupil may be back.
 */
public record SessionFacts(SessionEvents events, Instant taken, Instant unauthorisedFrom, Instant now,
                           RegisterRules rules) {

    public SessionFacts {
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(taken, "taken");
        Objects.requireNonNull(unauthorisedFrom, "unauthorisedFrom");
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(rules, "rules");
    }

    public ZoneId zone() {
        return rules.zone();
    }

    /** The register has been taken by now. */
    public boolean registerTaken() {
        return !taken.isAfter(now);
    }

    /** The sign-out the pupil was out on when the register was taken, if any. */
    public Optional<Movement.SignedOut> outWhenTaken() {
        if (events.dayMovements().isEmpty()) {
            return Optional.empty();
        }
        return new DayMovements(events.pupilId(), events.dayMovements()).outAt(taken);
    }

    /**
     * When the pupil came back from a sign-out: signed back in at the office, or their own scan
     * for this register, whichever was first.
     */
    public Optional<Instant> backFrom(Movement.SignedOut out) {
        Optional<Instant> signedIn = events.dayMovements().stream()
                .filter(m -> m instanceof Movement.SignedBackIn && m.at().isAfter(out.at()))
                .map(Movement::at).findFirst();
        Optional<Instant> scanned = events.firstScan().map(a -> a.arrivedAt()).filter(a -> a.isAfter(out.at()));
        if (signedIn.isPresent() && scanned.isPresent()) {
            return Optional.of(signedIn.get().isBefore(scanned.get()) ? signedIn.get() : scanned.get());
        }
        return signedIn.isPresent() ? signedIn : scanned;
    }

    /** An instant as any arrival at it is classified, with the pupil's own cut-offs. */
    public Classification classify(Instant at) {
        return rules.classify(at, events.cutOffs());
    }
}
