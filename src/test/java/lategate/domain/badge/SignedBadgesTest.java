package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A badge's QR code carries school, pupil and issue, signed with the school's key: a code from
 * another school, an edited payload, or a replaced badge is refused (issue 8).
 */
class SignedBadgesTest {

    private static final BadgeKey KEY = new BadgeKey(bytes(7));
    private static final BadgeCodes SEAGRAVE = new BadgeCodes("seagrave", "Seagrave Academy", Optional.of(KEY));
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static byte[] bytes(int seed) {
        byte[] b = new byte[BadgeKey.BYTES];
        Arrays.fill(b, (byte) seed);
        b[0] = 42;
        return b;
    }

    private static BadgeRefusal refusal(BadgeCodes codes, String scanned) {
        return assertInstanceOf(ScannedBadge.Refused.class, codes.read(scanned), scanned).refusal();
    }

    @Test
    @DisplayName("a QR code made by the school reads as its pupil and issue, in capitals for QR's compact mode")
    void signedReads() {
        String qr = SEAGRAVE.signed("S00042", 3);
        assertTrue(qr.matches("LG1\\.SEAGRAVE\\.S00042\\.3\\.[0-9A-F]{32}"), qr);
        assertEquals(new ScannedBadge.Signed("S00042", 3), SEAGRAVE.read(qr));
        assertEquals(new ScannedBadge.Signed("S00042", 3), SEAGRAVE.read(qr.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    @DisplayName("a QR code of another school is refused, naming that school, even with the same key")
    void otherSchool() {
        BadgeCodes oakMeadow = new BadgeCodes("oak-meadow", "Oak Meadow", Optional.of(KEY));
        BadgeRefusal r = refusal(SEAGRAVE, oakMeadow.signed("S00042", 1));
        assertEquals(BadgeRefusal.Kind.OTHER_SCHOOL, r.kind());
        assertEquals("This badge is from another school (OAK-MEADOW). Please see the office.", r.words());
    }

    @Test
    @DisplayName("a QR code with its pupil, issue or school edited is refused as forged")
    void editedPayload() {
        String qr = SEAGRAVE.signed("S00042", 1);
        for (String edited : List.of(qr.replace(".S00042.", ".S00043."), qr.replace(".S00042.1.", ".S00042.2."),
                qr.substring(0, qr.length() - 1) + (qr.endsWith("0") ? "1" : "0"))) {
            assertEquals(BadgeRefusal.Kind.FORGED, refusal(SEAGRAVE, edited).kind(), edited);
        }
    }

    @Test
    @DisplayName("a QR code signed with another key is refused as forged")
    void otherKey() {
        BadgeCodes forger = new BadgeCodes("seagrave", "Seagrave Academy", Optional.of(new BadgeKey(bytes(8))));
        assertEquals(BadgeRefusal.Kind.FORGED, refusal(SEAGRAVE, forger.signed("S00042", 1)).kind());
    }

    @Test
    @DisplayName("a kiosk with no key refuses QR codes, saying to scan the barcode")
    void noKey() {
        BadgeCodes keyless = new BadgeCodes("seagrave", "Seagrave Academy", Optional.empty());
        BadgeRefusal r = refusal(keyless, SEAGRAVE.signed("S00042", 1));
        assertEquals(BadgeRefusal.Kind.NO_KEY, r.kind());
        assertTrue(r.words().contains("scan the barcode"), r.words());
        assertThrows(IllegalStateException.class, () -> keyless.signed("S00042", 1));
    }

    @Test
    @DisplayName("a QR code cut short is refused, never read as a shorter payload")
    void cutShort() {
        String qr = SEAGRAVE.signed("S00042", 1);
        for (int length = 4; length < qr.length(); length++) {
            assertInstanceOf(ScannedBadge.Refused.class, SEAGRAVE.read(qr.substring(0, length)), qr.substring(0, length));
        }
    }

    @Test
    @DisplayName("the key never shows itself in text")
    void keyHidden() {
        assertFalse(KEY.toString().contains("42"));
        assertEquals("BadgeKey[secret withheld]", KEY.toString());
    }

    @Test
    @DisplayName("a badge replaced on 3 November is refused with that date; the new one is taken")
    void replacedBadge() {
        BadgeIssues issues = new BadgeIssues("P42", List.of(new BadgeIssue("P42", 2,
                Instant.parse("2026-11-03T10:15:00Z"), "lost", "Pat Office")));
        BadgeRefusal r = issues.refusal(1, LONDON).orElseThrow();
        assertEquals(BadgeRefusal.Kind.REPLACED, r.kind());
        assertEquals("This badge was replaced on 3 November: please see the office.", r.words());
        assertTrue(r.why().contains("replaced by issue 2") && r.why().contains("(lost)"), r.why());
        assertEquals(Optional.empty(), issues.refusal(2, LONDON));
        assertEquals(BadgeRefusal.Kind.NEVER_ISSUED, issues.refusal(3, LONDON).orElseThrow().kind());
        assertEquals(3, issues.next());
    }

    @Test
    @DisplayName("a pupil with no reissue holds issue 1")
    void firstBadge() {
        BadgeIssues none = new BadgeIssues("P1", List.of());
        assertEquals(1, none.current());
        assertEquals(Optional.empty(), none.refusal(1, LONDON));
    }
}
