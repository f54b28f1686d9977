package lategate.domain.entry;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.Movement;
import lategate.domain.register.Classification;
import lategate.domain.register.Mark;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.TimeWords;

/**
 * One rule for the entry a session gets from what the pupil did. {@link EntryResolution#FIRST_ENTRY_RULES}
 * asks them in order; the first that decides makes the entry, and its sentence says why.
 */
public sealed interface FirstEntryRule {

    /** The rule's name, for the history: "signed out when the register was taken". */
    String name();

    Optional<FirstEntry> decide(SessionFacts facts);

    /**
     * A pupil out on a sign-out when the register is taken gets the sign-out's code for the session
     * (docs/domain.md, "Signing out and back in": a medical appointment is M). Their return is recorded
     * with its time and never makes a late mark; nor does a scan on the way back in.
     */
    record SignedOutWhenTaken() implements FirstEntryRule {
        @Override
        public String name() {
            return "signed out when the register was taken";
        }

        @Override
        public Optional<FirstEntry> decide(SessionFacts facts) {
            if (!facts.registerTaken()) {
                return Optional.empty();
            }
            return facts.outWhenTaken().filter(out -> !out.lunchPass()).map(out -> {
                String left = clock(out.at(), facts);
                String words = "signed out at " + left + " (" + out.reason() + ") and out when the "
                        + facts.events().register().words() + " register was taken at " + clock(facts.taken(), facts)
                        + ", so the session is " + out.code().code()
                        + facts.backFrom(out).map(b -> "; back at " + clock(b, facts) + ", which is no late mark")
                        .orElse("");
                return new FirstEntry(out.code(), OptionalLong.empty(), EntrySource.SIGN_OUT, out.at(),
                        Optional.of("signed out " + left + ": " + out.reason()), recorder(out, facts), words);
            });
        }
    }

    /**
     * A lunchtime pass holder (the school's policy) out when the afternoon register is taken is timed by
     * their return, as any arrival: back after it is taken, L; after it closes, U; minutes from when
     * it was taken. Only while still out when it closes is the session N, reason not yet known.
     * Back before it is taken, they are present.
     */
    record OutOnLunchPass() implements FirstEntryRule {
        @Override
        public String name() {
            return "out on a lunchtime pass";
        }

        @Override
        public Optional<FirstEntry> decide(SessionFacts facts) {
            if (!facts.registerTaken()) {
                return Optional.empty();
            }
            Optional<Movement.SignedOut> outWhenTaken = facts.outWhenTaken().filter(Movement.SignedOut::lunchPass);
            if (outWhenTaken.isEmpty()) {
                return backBeforeTaken(facts);
            }
            Movement.SignedOut out = outWhenTaken.get();
            Optional<Instant> back = facts.backFrom(out);
            String register = facts.events().register().words();
            if (back.isEmpty()) {
                if (facts.now().isBefore(facts.unauthorisedFrom())) {
                    return Optional.empty(); // still out, but the register is open: they may yet be back
                }
                return Optional.of(new FirstEntry(AttendanceCode.N, OptionalLong.empty(), EntrySource.LUNCH_PASS,
                        facts.unauthorisedFrom(), Optional.of("lunchtime pass: not back by "
                        + clock(facts.unauthorisedFrom(), facts)), recorder(out, facts), "out on a lunchtime pass since "
                        + clock(out.at(), facts) + " and not back when the " + register + " register closed at "
                        + clock(facts.unauthorisedFrom(), facts) + ": N, the reason not yet known"));
            }
            Classification c = facts.classify(back.get());
            boolean sameRegister = c.register().filter(r -> r == facts.events().register()).isPresent();
            Mark mark = sameRegister && c.mark().isLate() ? c.mark() : Mark.U;
            long minutes = sameRegister && c.mark().isLate() ? c.minutesLate()
                    : Duration.between(facts.taken(), back.get()).toMinutes();
            return Optional.of(new FirstEntry(mark.code(facts.events().register()), OptionalLong.of(minutes),
                    EntrySource.LUNCH_PASS, back.get(), Optional.of("back from lunchtime pass at "
                    + clock(back.get(), facts)), returnRecorder(back.get(), facts), "out on a lunchtime pass when the " + register
                    + " register was taken at " + clock(facts.taken(), facts) + " and back at "
                    + clock(back.get(), facts) + ": " + mark.id() + ", " + minutes + " minutes late"));
        }

        private static Optional<FirstEntry> backBeforeTaken(SessionFacts facts) {
            if (facts.events().dayMovements().isEmpty()) {
                return Optional.empty(); // no pass used that day: most sessions, so no stream for them
            }
            Optional<Movement.SignedOut> lunch = facts.events().dayMovements().stream()
                    .filter(m -> m instanceof Movement.SignedOut o && o.lunchPass() && m.at().isBefore(facts.taken()))
                    .map(Movement.SignedOut.class::cast).reduce((first, second) -> second);
            if (lunch.isEmpty() || facts.events().firstScan().isPresent()) {
                return Optional.empty();
            }
            return facts.backFrom(lunch.get()).filter(b -> b.isBefore(facts.taken())).map(b -> new FirstEntry(
                    Mark.ON_TIME.code(facts.events().register()), OptionalLong.empty(), EntrySource.LUNCH_PASS, b,
                    Optional.of("back from lunchtime pass at " + clock(b, facts)), returnRecorder(b, facts), "back from a lunchtime pass at "
                    + clock(b, facts) + ", before the " + facts.events().register().words()
                    + " register was taken: present"));
        }
    }

    /** The pupil's own first scan makes the entry: on time, L or U as it was classified then. */
    record OwnArrival() implements FirstEntryRule {
        @Override
        public String name() {
            return "the pupil's own scan";
        }

        @Override
        public Optional<FirstEntry> decide(SessionFacts facts) {
            // The sentence the register rules gave when the pupil scanned, kept with the arrival.
            return facts.events().firstScan().map(a -> new FirstEntry(a.mark().code(a.register()),
                    a.mark().isLate() ? OptionalLong.of(a.minutesLate()) : OptionalLong.empty(), EntrySource.ARRIVAL,
                    a.arrivedAt(), Optional.empty(), a.recordedBy(), a.explanation()));
        }
    }

    private static String recorder(Movement m, SessionFacts facts) {
        StaffIdentity by = facts.events().movementRecorders().get(m);
        return by == null ? "the office" : by.toString();
    }

    /** Who recorded a return: the office's return, or the pupil's own scan. */
    private static String returnRecorder(Instant back, SessionFacts facts) {
        return facts.events().dayMovements().stream().filter(m -> m.at().equals(back)).findFirst()
                .map(m -> recorder(m, facts))
                .orElseGet(() -> facts.events().firstScan().map(RecordedArrival::recordedBy).orElse("the office"));
    }

    private static String clock(Instant at, SessionFacts facts) {
        return TimeWords.CLOCK.format(at.atZone(facts.zone()));
    }
}
