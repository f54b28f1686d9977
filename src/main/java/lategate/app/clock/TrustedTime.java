package lategate.app.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import lategate.app.ArrivalHold;
import lategate.app.PupilRoll;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.clock.ClockFacts;
import lategate.domain.clock.ClockPlausibility;
import lategate.domain.clock.ClockVerdict;
import lategate.domain.clock.ReviewFlag;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.School;

/**
 * A kiosk's clock, checked (docs/domain.md, "The kiosk's clock"). The kiosk times everything by {@link #clock()}: the
 * system clock plus any correction staff have made. It checks that clock against the
 * {@link ClockPlausibility} rules at start, every second and before each scan; while the clock is
 * in question, arrivals are held ({@link ArrivalHold}) and staff are asked to confirm the time or
 * set the right one. Either way the held scans are then classified at their settled instants,
 * and each carries "clock questioned" in who recorded it, so it stays visible for review.
 *
 * <p>A correction is an offset this kiosk applies from then on while it runs: the kiosk runs as an
 * ordinary user and cannot set the system clock. A restart starts from the system clock again,
 * so the IT person must still fix that (README, "Trusted time"); until then the high-water mark
 * questions it again at the next start.
 *
 * <p>{@code nanoTime} is a running count that no clock setting changes ({@link System#nanoTime()}
 * in the kiosk), so a jump of the wall clock shows against it.
 */
public final class TrustedTime implements ArrivalHold {

    /** Written in who recorded an arrival held under a questioned clock: the review flag. */
    public static final String FLAG = ReviewFlag.WORDS;
    private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
    /** The high-water mark is saved at most this often; less than the allowance, so a power cut loses nothing that matters. */
    private static final Duration SAVE_EVERY = Duration.ofMinutes(1);

    private final School school;
    private final ClockPlausibility plausibility;
    private final ClockLog log;
    private final PupilRoll pupils;
    private final Clock system;
    private final LongSupplier nanoTime;
    private final String kioskId;
    private final Clock corrected;

    /** Read by the serial scanners' threads through {@link #clock()}; written by the kiosk's. */
    private volatile Duration offset = Duration.ZERO;
    /**
     * The running count at the moment of each scan held in this run, by held scan: settled, each is
     * timed back from the settled time by the running time since, so a clock that came right by
     * itself while in question (a time server reached at last) cannot time it by the wrong clock.
     */
    private final Map<Long, Long> heldRunning = new HashMap<>();
    private Optional<ClockVerdict.Questioned> doubt = Optional.empty();
    private Optional<ClockFacts.PreviousCheck> previous = Optional.empty();
    private long previousNanos;
    private Optional<Instant> highWater = Optional.empty();
    private Instant saved = Instant.MIN;
    private boolean loaded;
    private Optional<LocalDate> confirmedOn = Optional.empty();

    public TrustedTime(School school, ClockPlausibility plausibility, ClockLog log, PupilRoll pupils, Clock system,
                       LongSupplier nanoTime, String kioskId) {
        this.school = Objects.requireNonNull(school, "school");
        this.plausibility = Objects.requireNonNull(plausibility, "plausibility");
        this.log = Objects.requireNonNull(log, "log");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.system = Objects.requireNonNull(system, "system");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.kioskId = Objects.requireNonNull(kioskId, "kioskId");
        this.corrected = new CorrectedClock(system.getZone());
    }

    /** The kiosk's time: the system clock plus the correction staff made, if any. */
    public Clock clock() {
        return corrected;
    }

    /** Why the clock is in question, while it is. */
    public Optional<ClockVerdict.Questioned> doubt() {
        return doubt;
    }

    /** How far this kiosk's time is from the system clock's, after a correction. */
    public Duration correction() {
        return offset;
    }

    @Override
    public boolean holding() {
        return doubt.isPresent();
    }

    /** Checks the clock if a second has run since the last check. */
    public void tick() {
        if (!loaded || Duration.ofNanos(nanoTime.getAsLong() - previousNanos).compareTo(CHECK_EVERY) >= 0) {
            check();
        }
    }

    /**
     * Checks the clock now. A clock already in question stays so until staff settle it; a
     * plausible one moves the high-water mark on. A database that cannot be read or written leaves
     * the verdict as it was: the next check tries again.
     */
    public void check() {
        Instant now = corrected.instant();
        long nanos = nanoTime.getAsLong();
        try {
            if (!loaded) {
                highWater = log.highWater();
                saved = highWater.orElse(Instant.MIN);
                loaded = true;
            }
            if (doubt.isEmpty()) {
                ClockVerdict verdict = plausibility.judge(new ClockFacts(now, school.zone(),
                        school.calendar().firstKnownDay(), school.calendar().lastKnownDay(), highWater, previous.map(p ->
                        new ClockFacts.PreviousCheck(p.clockSaid(), Duration.ofNanos(nanos - previousNanos))),
                        confirmedOn));
                if (verdict instanceof ClockVerdict.Questioned q) {
                    log.questioned(kioskId, q.rule().name(), q.why(), now);
                    doubt = Optional.of(q);
                } else {
                    raise(now);
                }
            }
        } catch (RuntimeException e) {
            // the database is busy or failing: judged again at the next check
        }
        previous = Optional.of(new ClockFacts.PreviousCheck(now, Duration.ZERO));
        previousNanos = nanos;
    }

    private void raise(Instant now) {
        if (highWater.isEmpty() || now.isAfter(highWater.get())) {
            highWater = Optional.of(now);
            if (!now.isBefore(saved.plus(SAVE_EVERY))) {
                log.raiseHighWater(now);
                saved = now;
            }
        }
    }

    @Override
    public void hold(Pupil pupil, String code, Instant at, String kioskId, String recordedBy) {
        long running = nanoTime.getAsLong() - Duration.between(at, corrected.instant()).toNanos();
        long id = log.hold(pupil.id(), code, at, kioskId, recordedBy, doubt.map(ClockVerdict.Questioned::explanation)
                .orElse("clock questioned"));
        heldRunning.put(id, running);
    }

    /** The arrivals taken under a questioned clock on {@code date}, and every one still waiting. */
    public List<ClockReview> reviewsOn(LocalDate date) {
        return log.reviewsOn(date, school.zone());
    }

    /** The scans this kiosk holds, waiting for staff. */
    public List<HeldScan> waiting() {
        return log.waiting(kioskId);
    }

    /**
     * Staff say the clock is right as it stands: the held scans are classified at the instants they
     * were taken, and the clock is trusted again from here.
     */
    public Settlement confirm(StaffIdentity who, SignIn signIn) {
        Instant now = corrected.instant();
        log.confirmed(kioskId, who, now);
        return settle(now, Duration.ZERO, who, "time confirmed by " + who, signIn);
    }

    /**
     * Staff set the right time: this kiosk's time becomes {@code rightNow} from here, and the held
     * scans are moved by the same amount (the clock was as far out when they were taken).
     */
    public Settlement correct(StaffIdentity who, Instant rightNow, SignIn signIn) {
        Instant said = corrected.instant();
        Duration shift = Duration.between(said, rightNow);
        log.corrected(kioskId, who, said, rightNow);
        offset = offset.plus(shift);
        return settle(rightNow, shift, who, "time corrected by " + who + " from "
                + lategate.domain.clock.ClockWords.moment(said, school.zone()), signIn);
    }

    private Settlement settle(Instant now, Duration shift, StaffIdentity who, String how, SignIn signIn) {
        doubt = Optional.empty();
        highWater = Optional.of(now);
        saved = now;
        confirmedOn = Optional.of(now.atZone(school.zone()).toLocalDate());
        previous = Optional.of(new ClockFacts.PreviousCheck(now, Duration.ZERO));
        previousNanos = nanoTime.getAsLong();
        List<String> done = new ArrayList<>();
        int failed = 0;
        for (HeldScan held : log.waiting(kioskId)) {
            // Held in this run: the settled time less the running time since. Held before a restart: what
            // the clock said then, moved as the clock is now (the best there is without a running count).
            Long running = heldRunning.get(held.id());
            Instant at = running != null ? now.minusNanos(previousNanos - running) : held.heldAt().plus(shift);
            try {
                Optional<Pupil> pupil = pupils.byId(held.pupilId());
                if (pupil.isEmpty()) {
                    log.settle(held.id(), at, Optional.empty(), "no pupil " + held.pupilId() + " on the roll",
                            who.toString(), now);
                    heldRunning.remove(held.id());
                    continue;
                }
                SignInOutcome outcome = signIn.held(pupil.get(), at, held.kioskId(),
                        held.recordedBy() + "; " + FLAG + ", " + how);
                Optional<Long> arrival = outcome instanceof SignInOutcome.Marked m ? Optional.of(m.arrival().id())
                        : Optional.empty();
                String words = Settlement.words(outcome);
                log.settle(held.id(), at, arrival, words, who.toString(), now);
                heldRunning.remove(held.id());
                done.add(words);
            } catch (RuntimeException e) {
                failed++; // stays held: the next confirmation or correction settles it
            }
        }
        return new Settlement(List.copyOf(done), failed);
    }

    /** What settling the clock did with the held scans: one line each, and how many could not be saved. */
    public record Settlement(List<String> classified, int failed) {

        static String words(SignInOutcome outcome) {
            if (outcome instanceof SignInOutcome.Marked m) {
                return m.pupil().fullName() + ": " + m.classification().explanation();
            } else if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
                return a.pupil().fullName() + ": already signed in, kept as a repeat";
            } else if (outcome instanceof SignInOutcome.SignedBackIn b) {
                return b.pupil().fullName() + ": signed back in";
            } else if (outcome instanceof SignInOutcome.NothingToMark n) {
                return n.pupil().fullName() + ": nothing to mark (" + n.classification().explanation() + ")";
            } else if (outcome instanceof SignInOutcome.Refused r) {
                return r.pupil().fullName() + ": not recorded (" + r.why() + ")";
            }
            return outcome.toString();
        }
    }

    /** The system clock moved by the correction; the zone is the kiosk's. */
    private final class CorrectedClock extends Clock {
        private final ZoneId zone;

        CorrectedClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return other.equals(zone) ? this : new CorrectedClock(other);
        }

        @Override
        public Instant instant() {
            return system.instant().plus(offset);
        }
    }
}
