package lategate.domain.clock;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Whether a kiosk's clock can be trusted to time arrivals (docs/domain.md, "The kiosk's clock"): the first of its
 * rules that questions the clock decides, in order: set back behind what is already recorded,
 * more than a year from the school's calendar, jumped while running. A date merely outside the academic
 * year is not a clock problem: the school is closed then (docs/rollover.md). The register's L and U are only as true as
 * the instant they are decided from (docs/domain.md, 'Register windows'), so a doubtful clock holds them.
 */
public final class ClockPlausibility {

    /** How far a clock may jump while running before it is questioned, unless the school sets otherwise. */
    public static final Duration DEFAULT_MAX_JUMP = Duration.ofMinutes(10);

    private final List<ClockRule> rules;

    /**
     * @param allowance how far behind the latest record a clock may be (two kiosks a moment apart)
     * @param maxJump   how far the clock may move, beyond the running time, between two checks
     */
    public ClockPlausibility(Duration allowance, Duration maxJump) {
        if (allowance.isNegative() || maxJump.isNegative() || maxJump.isZero()) {
            throw new IllegalArgumentException("the allowance must not be negative and the jump must be positive");
        }
        this.rules = List.of(new ClockRule.EarlierThanRecorded(allowance), new ClockRule.FarFromTheCalendar(),
                new ClockRule.JumpedWhileRunning(maxJump));
    }

    public List<ClockRule> rules() {
        return rules;
    }

    public ClockVerdict judge(ClockFacts facts) {
        for (ClockRule rule : rules) {
            Optional<String> why = rule.question(facts);
            if (why.isPresent()) {
                return new ClockVerdict.Questioned(rule, why.get());
            }
        }
        return new ClockVerdict.Plausible();
    }
}
