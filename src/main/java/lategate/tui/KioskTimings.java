package lategate.tui;

import java.time.Duration;

/** How long the kiosk shows things; from the school's [kiosk] settings. */
public record KioskTimings(Duration message, Duration reasonTimeout, Duration exitPinTimeout) {
}
