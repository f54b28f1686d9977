package lategate.app.slips;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The slip printer's line on the staff menu (docs/receptionist.md, "Late slips"): always that marks are recorded. */
class SlipPrinterStatusTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Instant AT_0852 = Instant.parse("2026-11-23T08:52:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T09:05:00Z");

    @Test
    @DisplayName("in trouble: since when, how many slips not printed, that marks are recorded, why, and S")
    void trouble() {
        assertEquals("Slip printer (/dev/usb/lp0): not answering since 08:52 - 3 slips not printed. Marks are recorded. "
                + "(/dev/usb/lp0 is not there) S: print them again.", new SlipPrinterStatus("/dev/usb/lp0",
                Optional.of(AT_0852), "/dev/usb/lp0 is not there", 3, 5).words(LONDON, NOW));
        assertEquals("Slip printer (lp:frontdesk): not answering since 08:52. Marks are recorded. (out of paper?)",
                new SlipPrinterStatus("lp:frontdesk", Optional.of(AT_0852), "out of paper?", 0, 0).words(LONDON, NOW),
                "a first slip stuck: nothing lost yet, nothing to print again");
        assertEquals("Slip printer (/dev/usb/lp0): not answering since 08:52 on Sunday 22 November 2026 - 1 slip not "
                + "printed. Marks are recorded. S: print them again.", new SlipPrinterStatus("/dev/usb/lp0",
                Optional.of(AT_0852.minusSeconds(86_400)), "", 1, 0).words(LONDON, NOW));
    }

    @Test
    @DisplayName("working: how many printed, or that some were missed earlier")
    void working() {
        assertEquals("Slip printer (/dev/usb/lp0): 1 slip printed.",
                new SlipPrinterStatus("/dev/usb/lp0", Optional.empty(), "", 0, 1).words(LONDON, NOW));
        assertEquals("Slip printer (/dev/usb/lp0): working again; 2 slips not printed earlier. Marks are recorded. "
                + "S: print them again.", new SlipPrinterStatus("/dev/usb/lp0", Optional.empty(), "", 2, 7)
                .words(LONDON, NOW));
    }
}
