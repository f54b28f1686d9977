package lategate.domain.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import lategate.domain.register.TimeWords;

/**
 * One reason to doubt the kiosk's clock, as a named value (like the register's
 * {@link lategate.domain.register.ArrivalRule}s): it questions the clock with a sentence that
 * says why, or passes. {@link ClockPlausibility} asks them in order (docs/domain.md, "The kiosk's clock": a board
 * with no clock battery boots at a wrong date; a PC's clock drifts or is set by hand).
 */
public sealed interface ClockRule {

    /** The rule in words, e.g. "earlier than the latest record". */
    String name();

    /** Why the rule exists. */
    String basis();

    /** Why the clock is in question, if this rule questions it. */
    Optional<String> question(ClockFacts facts);

    /**
     * A clock earlier than an instant this database has already recorded has been set back: every
     * arrival would be timed before one already in the register. A little is allowed, for two kiosks
     * sharing one file whose clocks differ by a moment.
     */
    record EarlierThanRecorded(Duration allowance) implements ClockRule {
        @Override
        public String name() {
            return "earlier than the latest record";
        }

        @Override
        public String basis() {
            return "time only runs forward: the register already holds a later instant (docs/domain.md, "
                    + "\"The kiosk's clock\")";
        }

        @Override
        public Optional<String> question(ClockFacts facts) {
            return facts.latestRecorded().filter(latest -> facts.now().isBefore(latest.minus(allowance)))
                    .map(latest -> "the clock says " + ClockWords.moment(facts.now(), facts.zone())
                            + ", but this kiosk's records already reach " + ClockWords.moment(latest, facts.zone())
                            + ": the clock has gone back " + ClockWords.span(Duration.between(facts.now(), latest)));
        }
    }

    /**
     * A date outside the school's academic year: the kiosk marks no register then, so a clock
     * showing one is more likely wrong (a board booting at 1970, or at last summer's date) than right.
     * A date staff have confirmed is not questioned again that day.
     */
    record OutsideAcademicYear() implements ClockRule {
        @Override
        public String name() {
            return "outside the academic year";
        }

        @Override
        public String basis() {
            return "the school's calendar: the kiosk works within its academic year (docs/domain.md, 'Register windows')";
        }

        @Override
        public Optional<String> question(ClockFacts facts) {
            if (!facts.date().isBefore(facts.yearStarts()) && !facts.date().isAfter(facts.yearEnds())) {
                return Optional.empty();
            }
            if (facts.confirmedOn().filter(facts.date()::equals).isPresent()) {
                return Optional.empty();
            }
            return Optional.of("the clock says " + TimeWords.DAY.format(facts.date()) + ", outside the academic year ("
                    + TimeWords.DAY.format(facts.yearStarts()) + " to " + TimeWords.DAY.format(facts.yearEnds()) + ")");
        }
    }

    /**
     * While the kiosk runs, its clock should move as far as the time it has been running: a clock
     * that moves much further, forward or back, was changed under it (set by hand, a bad time
     * server), and arrivals since would be timed wrong.
     */
    record JumpedWhileRunning(Duration maxJump) implements ClockRule {
        @Override
        public String name() {
            return "jumped while running";
        }

        @Override
        public String basis() {
            return "the school's setting [clock] max_jump_minutes (docs/domain.md, \"The kiosk's clock\")";
        }

        @Override
        public Optional<String> question(ClockFacts facts) {
            if (facts.previousCheck().isEmpty()) {
                return Optional.empty();
            }
            ClockFacts.PreviousCheck previous = facts.previousCheck().get();
            Duration moved = Duration.between(previous.clockSaid(), facts.now());
            Duration jump = moved.minus(previous.runningSince());
            if (jump.abs().compareTo(maxJump) <= 0) {
                return Optional.empty();
            }
            Instant was = previous.clockSaid().plus(previous.runningSince());
            return Optional.of("the clock jumped " + (jump.isNegative() ? "back " : "forward ")
                    + ClockWords.span(jump.abs()) + " while the kiosk was running (from about "
                    + ClockWords.moment(was, facts.zone()) + " to " + ClockWords.moment(facts.now(), facts.zone())
                    + "; more than the " + ClockWords.span(maxJump) + " allowed)");
        }
    }
}
