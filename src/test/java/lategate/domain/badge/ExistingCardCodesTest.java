package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A school's existing cards, taken as scanned: an admission number's barcode, a catering card's
 * NFC number typed by a keyboard reader. With no check character, only an exact match and a
 * minimum length guard against a misread (docs/settings.md, "[badges]"; the reader's assumptions:
 * docs/receptionist.md, "Existing cards").
 */
class ExistingCardCodesTest {

    private static final BadgeCodes AS_IS = new BadgeCodes("demo", "Demo", Optional.empty(), PrintedCodes.AS_IS, 6);
    private static final AsIsBadges ROLL = new AsIsBadges(List.of(
            new AsIsBadges.Holder("P1", List.of("A01234")),
            new AsIsBadges.Holder("P2", List.of("04A1B2C3", "FOB77001")),
            new AsIsBadges.Holder("P3", List.of("A01235"))), 6);

    @Test
    @DisplayName("an admission number's barcode is taken as scanned, with no check character, whatever its case")
    void admissionNumberAsScanned() {
        assertEquals(new ScannedBadge.AsScanned("A01234"), AS_IS.read("A01234"));
        assertEquals(new ScannedBadge.AsScanned("A01234"), AS_IS.read("a01234"));
        assertEquals(Set.of("P1"), ROLL.find("A01234"));
        assertEquals(Set.of("P3"), ROLL.find("A01235"), "one character off is another pupil or nobody: exact only");
        assertEquals(Set.of(), ROLL.find("A0123"));
        assertEquals("A01234", AS_IS.printed("A01234"), "a card as-is carries its code alone");
    }

    @Test
    @DisplayName("a scan shorter than [badges] min_length is refused as misread")
    void shortScanIsMisread() {
        ScannedBadge.Refused refused = assertInstanceOf(ScannedBadge.Refused.class, AS_IS.read("A0123"));
        assertEquals(BadgeRefusal.Kind.MISREAD, refused.refusal().kind());
        assertTrue(refused.refusal().why().contains("min_length 6"), refused.refusal().why());
    }

    @Test
    @DisplayName("typed O and I are not read as 0 and 1 for existing cards: exact only")
    void typedLookAlikesNotForAsIs() {
        assertEquals(new ScannedBadge.AsScanned("AO1234"), AS_IS.readTyped("AO1234", code -> true));
        assertEquals(Set.of(), ROLL.find("AO1234"));
    }

    @Test
    @DisplayName("signed QR codes are still read beside existing cards' codes")
    void signedCodesStillRead() {
        BadgeKey key = new BadgeKey(new byte[32]);
        BadgeCodes lategate = new BadgeCodes("demo", "Demo", Optional.of(key));
        BadgeCodes asIs = new BadgeCodes("demo", "Demo", Optional.of(key), PrintedCodes.AS_IS, 6);
        String qr = lategate.signed("A01234", 1);
        assertEquals(new ScannedBadge.Signed("A01234", 1), asIs.read(qr));
        ScannedBadge.Refused edited = assertInstanceOf(ScannedBadge.Refused.class,
                asIs.read(qr.replace(".A01234.", ".A01235.")));
        assertEquals(BadgeRefusal.Kind.FORGED, edited.refusal().kind());
    }

    @Test
    @DisplayName("an NFC card's hex UID matches in lower case and without its leading zero")
    void hexUidAnyCaseAndLeadingZeros() {
        assertEquals(Set.of("P2"), ROLL.find("04a1b2c3"));
        assertEquals(Set.of("P2"), ROLL.find("4A1B2C3"));
        assertEquals(Set.of("P2"), ROLL.find("4a1b2c3"));
        assertEquals("04A1B2C3", ROLL.codeMatched("4a1b2c3", "P2"));
    }

    @Test
    @DisplayName("a reader set to decimal: the UID's decimal, in the card's byte order or reversed, with or without leading zeros")
    void decimalUid() {
        assertEquals(77705923L, 0x04A1B2C3L);
        assertEquals(Set.of("P2"), ROLL.find("77705923"));
        assertEquals(Set.of("P2"), ROLL.find("0077705923"), "a 10-digit reader pads with zeros");
        assertEquals(3283263748L, 0xC3B2A104L);
        assertEquals(Set.of("P2"), ROLL.find("3283263748"), "bytes reversed, as many readers send them");
        assertEquals(Set.of(), ROLL.find("77705924"), "one digit off is nobody");
    }

    @Test
    @DisplayName("a second code (a fob) finds its pupil too; a code not written as a UID has no numeric readings")
    void secondCodeAndNonUid() {
        assertEquals(Set.of("P2"), ROLL.find("fob77001"));
        assertEquals(List.of("A01234"), CardNumber.readingsOf("a01234"));
        assertTrue(CardNumber.isUid("04A1B2C3") && CardNumber.isUid("04A1B2C3D4E5F6") && !CardNumber.isUid("4A1B2C3"));
    }

    @Test
    @DisplayName("a roster code shorter than min_length, two pupils with one code, or badge_2 the same as another's badge: refused")
    void conflictsAtImport() {
        List<AsIsBadges.Conflict> conflicts = new AsIsBadges(List.of(
                new AsIsBadges.Holder("P1", List.of("A01234")),
                new AsIsBadges.Holder("P2", List.of("a01234")),
                new AsIsBadges.Holder("P3", List.of("B999", "C0000001")),
                new AsIsBadges.Holder("P4", List.of("D0000001", "A01234"))), 6).conflicts();
        assertEquals(List.of("P1", "P2", "P3", "P4"), conflicts.stream().map(AsIsBadges.Conflict::pupilId).toList(),
                conflicts.toString());
        assertTrue(conflicts.get(2).why().contains("shorter than [badges] min_length (6)"), conflicts.get(2).why());
        assertTrue(conflicts.get(0).why().contains("P2") && conflicts.get(0).why().contains("P4"));
    }

    @Test
    @DisplayName("a card whose decimal reading is another pupil's admission number is refused at import, never guessed at the gate")
    void readingAsAnotherPupilsCode() {
        // 00BC614E is 12345678 in decimal: a reader set to decimal would type another pupil's code.
        AsIsBadges roll = new AsIsBadges(List.of(
                new AsIsBadges.Holder("P1", List.of("12345678")),
                new AsIsBadges.Holder("P2", List.of("00BC614E"))), 6);
        assertEquals(Set.of("P1", "P2"), roll.find("12345678"));
        List<AsIsBadges.Conflict> conflicts = roll.conflicts();
        assertTrue(conflicts.stream().anyMatch(c -> c.pupilId().equals("P2") && c.why().contains("'12345678'")),
                conflicts.toString());
        assertTrue(new AsIsBadges(List.of(new AsIsBadges.Holder("P1", List.of("A01234")),
                new AsIsBadges.Holder("P2", List.of("04A1B2C3"))), 6).conflicts().isEmpty());
    }

    @Test
    @DisplayName("for 2,000 random 4- and 7-byte UIDs: every way a reader may type one finds that card alone, and a UID one digit off is never that card")
    void everyReadingOfRandomUids() {
        java.util.Random random = new java.util.Random(20261207L); // seeded: a failure can be run again
        List<AsIsBadges.Holder> holders = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            byte[] uid = new byte[i % 2 == 0 ? 4 : 7];
            random.nextBytes(uid);
            holders.add(new AsIsBadges.Holder("P" + i, List.of(java.util.HexFormat.of().formatHex(uid))));
        }
        AsIsBadges roll = new AsIsBadges(holders, 6);
        for (AsIsBadges.Holder h : holders) {
            String code = h.codes().get(0);
            for (String reading : CardNumber.readingsOf(code)) {
                assertEquals(Set.of(h.pupilId()), roll.find(reading), code + " read as " + reading);
                assertEquals(Set.of(h.pupilId()), roll.find(reading.toLowerCase(java.util.Locale.ROOT)));
            }
            assertTrue(CardNumber.readingsOf(code).size() >= 4, "hex, hex without zeros or not, two decimals");
            char last = code.charAt(code.length() - 1);
            String offByOne = code.substring(0, code.length() - 1) + (last == '0' ? '1' : '0');
            assertTrue(!roll.find(offByOne).contains(h.pupilId()), offByOne + " is not " + code);
        }
    }

    @Test
    @DisplayName("lategate's own codes are unchanged by default: a check character, and a misread refused")
    void lategateByDefault() {
        BadgeCodes lategate = new BadgeCodes("demo", "Demo", Optional.empty());
        assertEquals(PrintedCodes.LATEGATE, lategate.printedCodes());
        assertEquals("DEMO0002R", lategate.printed("DEMO0002"));
        assertInstanceOf(ScannedBadge.Refused.class, lategate.read("DEMO0002"));
    }
}
