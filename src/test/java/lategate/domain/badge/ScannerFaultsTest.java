package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a faulty scanner sends never becomes a pupil: each fault is refused, saying what it looks like (issue 8). */
class ScannerFaultsTest {

    private static final BadgeCodes CODES = new BadgeCodes("demo", "Demo Primary School", Optional.empty());

    private static BadgeRefusal refusal(String scanned) {
        return assertInstanceOf(ScannedBadge.Refused.class, CODES.read(scanned), scanned).refusal();
    }

    @Test
    @DisplayName("two printed codes run together without a terminator are refused")
    void twoScansRunTogether() {
        String two = CODES.printed("DEMO0002") + CODES.printed("DEMO0003");
        BadgeRefusal r = refusal(two);
        assertTrue(r.kind() == BadgeRefusal.Kind.MISREAD || r.kind() == BadgeRefusal.Kind.TOO_LONG, r.toString());
    }

    @Test
    @DisplayName("a partial scan (the first half of a code) is refused as a misread")
    void partialScan() {
        assertEquals(BadgeRefusal.Kind.MISREAD, refusal("DEMO0").kind());
    }

    @Test
    @DisplayName("bytes from a scanner at the wrong baud rate are refused as not a badge, the bad byte named")
    void garbageBytes() {
        BadgeRefusal r = refusal("D\u00c5\u008f0\u00fe");
        assertEquals(BadgeRefusal.Kind.NOT_A_BADGE, r.kind());
        assertTrue(r.why().contains("character 2"), r.why());
        assertEquals("That did not read as a badge. Please scan your badge again.", r.words());
    }

    @Test
    @DisplayName("a scan longer than any badge is refused as too long, saying how long")
    void longerThanAnyBadge() {
        BadgeRefusal r = refusal("A".repeat(CODES.longest() + 1));
        assertEquals(BadgeRefusal.Kind.TOO_LONG, r.kind());
        assertTrue(r.why().startsWith((CODES.longest() + 1) + " characters, longer than any badge"), r.why());
    }

    @Test
    @DisplayName("an empty scan is not a badge")
    void emptyScan() {
        assertEquals(BadgeRefusal.Kind.NOT_A_BADGE, refusal("   ").kind());
    }
}
