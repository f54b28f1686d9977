package lategate.domain.clock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
     * A date more than {@link #MARGIN} outside every academic year the school's calendar knows: no
     * school goes a year without a calendar, so the clock (a board booting at 1970, or years
     * ahead) is more likely wrong than the calendar. A date merely outside the academic year (the
     * summer holiday, or a new year whose dates are not in the settings yet) is not questioned: the
     * school is closed then, and the kiosk says so (docs/rollover.md). A date staff have confirmed is
     * not questioned again that day.
     *
     * @see ClockFacts#yearStarts() the first day of the earliest year the calendar knows
     * @see ClockFacts#yearEnds() the last day of the latest year the calendar knows
     */
    record FarFromTheCalendar() implements ClockRule {

        /** How far outside its known years a date may be before the clock is questioned. */
        public static final java.time.Period MARGIN = java.time.Period.ofYears(1);

        @Override
        public String name() {
            return "far from the school's calendar";
        }

        @Override
        public String basis() {
            return "the school's calendar: a date more than a year outside every academic year it gives "
                    + "(docs/domain.md, \"The kiosk's clock\"; docs/rollover.md)";
        }

        @Override
        public Optional<String> question(ClockFacts facts) {
            LocalDate earliest = facts.yearStarts().minus(MARGIN);
            LocalDate latest = facts.yearEnds().plus(MARGIN);
            if (!facts.date().isBefore(earliest) && !facts.date().isAfter(latest)) {
                return Optional.empty();
            }
            if (facts.confirmedOn().filter(facts.date()::equals).isPresent()) {
                return Optional.empty();
            }
            return Optional.of("the clock says " + TimeWords.DAY.format(facts.date()) + ", more than a year from "
                    + "the school's calendar (" + TimeWords.DAY.format(facts.yearStarts()) + " to "
                    + TimeWords.DAY.format(facts.yearEnds()) + ")");
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
