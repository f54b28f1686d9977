package lategate.settings;

import java.time.Duration;
import lategate.domain.clock.ClockPlausibility;

/**
 * How far a kiosk's clock may jump while it runs before the kiosk questions it and holds arrivals
 * for staff (docs/domain.md, "The kiosk's clock"; the optional [clock] table).
 */
public record ClockSettings(Duration maxJump) {

    public static final ClockSettings DEFAULTS = new ClockSettings(ClockPlausibility.DEFAULT_MAX_JUMP);
}
