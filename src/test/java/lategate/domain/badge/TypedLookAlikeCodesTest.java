package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A code typed by hand from a badge: the digit 0 typed as the letter O, 1 as I or l, is read as
 * the one badge it can be, while a scan is matched exactly and its check character's promise
 * (one character changed is always refused) stands untouched (docs/receptionist.md, "Typing a
 * code"; the check character: docs/receptionist.md, "Badges").
 */
class TypedLookAlikeCodesTest {

    private static final BadgeCodes CODES = new BadgeCodes("demo", "Demo", Optional.empty());
    private static final Predicate<String> DEMO_ROLL = code -> code.matches("DEMO0[0-3][0-9][0-9]");

    @Test
    @DisplayName("DEMO0092O typed reads as DEMO00920; the same scanned is refused as misread")
    void letterOTypedForTheDigitZero() {
        assertEquals("DEMO00920", CODES.printed("DEMO0092"), "the printed code the example is about");
        assertEquals(new ScannedBadge.Printed("DEMO0092"), CODES.readTyped("DEMO0092O", DEMO_ROLL));
        ScannedBadge.Refused scanned = assertInstanceOf(ScannedBadge.Refused.class, CODES.read("DEMO0092O"));
        assertEquals(BadgeRefusal.Kind.MISREAD, scanned.refusal().kind());
    }

    @Test
    @DisplayName("lower-case o, i and l typed for 0 and 1 are read as the digits")
    void lowerCaseLookAlikes() {
        assertEquals("DEMO0010R", CODES.printed("DEMO0010"));
        assertEquals(new ScannedBadge.Printed("DEMO0092"), CODES.readTyped("demoOo92o", DEMO_ROLL));
        assertEquals(new ScannedBadge.Printed("DEMO0010"), CODES.readTyped("DEMO00l0R", DEMO_ROLL));
        assertEquals(new ScannedBadge.Printed("DEMO0010"), CODES.readTyped("DEMO00i0R", DEMO_ROLL));
        assertEquals(new ScannedBadge.Printed("DEMO0010"), CODES.readTyped("demoooioR", DEMO_ROLL));
    }

    @Test
    @DisplayName("a code typed exactly as printed is read as typed")
    void exactCodeAsTyped() {
        assertEquals(new ScannedBadge.Printed("DEMO0092"), CODES.readTyped("DEMO00920", DEMO_ROLL));
        assertEquals(new ScannedBadge.Printed("DEMO0092"), CODES.readTyped("demo00920", DEMO_ROLL));
    }

    @Test
    @DisplayName("two readings that are both badges on roll: refused as ambiguous, naming both for the office")
    void twoBadgesOnRollIsAmbiguous() {
        // DEMOOO1OR reads as DEMO0010R and as DEMOO01OR, and both hold their check character.
        assertTrue(CheckCharacter.holds("DEMOO01OR") && CheckCharacter.holds("DEMO0010R"));
        Set<String> roll = Set.of("DEMO0010", "DEMOO01O");
        ScannedBadge.Refused refused = assertInstanceOf(ScannedBadge.Refused.class,
                CODES.readTyped("DEMOOOIOR", roll::contains));
        assertEquals(BadgeRefusal.Kind.AMBIGUOUS, refused.refusal().kind());
        assertTrue(refused.refusal().why().contains("DEMO0010") && refused.refusal().why().contains("DEMOO01O"),
                refused.refusal().why());
        assertEquals("That code could be more than one badge. Please scan your badge, or see the office.",
                refused.refusal().words());
        // With only one of them on roll, that one is the code.
        assertEquals(new ScannedBadge.Printed("DEMO0010"), CODES.readTyped("DEMOOOIOR", DEMO_ROLL));
    }

    @Test
    @DisplayName("a typed code with a real slip (not a look-alike) is still refused as misread")
    void realSlipStillRefused() {
        ScannedBadge.Refused refused = assertInstanceOf(ScannedBadge.Refused.class,
                CODES.readTyped("DEMO00930", DEMO_ROLL));
        assertEquals(BadgeRefusal.Kind.MISREAD, refused.refusal().kind());
    }

    @Test
    @DisplayName("more than 8 look-alike letters are not tried: the code is read exactly, and refused as misread")
    void tooManyLookAlikesReadExactly() {
        String printed = CODES.printed("S000000000");
        String typed = printed.replace('0', 'O');
        assertTrue(typed.chars().filter(c -> c == 'O').count() > TypedCode.MOST_LOOK_ALIKES, typed);
        ScannedBadge.Refused refused = assertInstanceOf(ScannedBadge.Refused.class,
                CODES.readTyped(typed, Set.of("S000000000")::contains));
        assertEquals(BadgeRefusal.Kind.MISREAD, refused.refusal().kind());
    }

    @Test
    @DisplayName("a QR code typed is read exactly, never with letters as digits")
    void signedCodesAreNotCorrected() {
        ScannedBadge typed = CODES.readTyped("LG1.DEMO.DEMO0092.1.OO", DEMO_ROLL);
        assertEquals(CODES.read("LG1.DEMO.DEMO0092.1.OO"), typed);
    }

    @Test
    @DisplayName("over 2,000 pupils: every 0 typed as O and 1 as I reads as the pupil, and the same scanned is refused")
    void everyLookAlikeOfEveryPupil() {
        Set<String> roll = new HashSet<>();
        for (int n = 1; n <= 2000; n++) {
            roll.add(String.format("S%05d", n));
        }
        int corrected = 0;
        for (String pupil : roll) {
            String printed = CODES.printed(pupil);
            for (int i = 0; i < printed.length(); i++) {
                char c = printed.charAt(i);
                if (c != '0' && c != '1') {
                    continue;
                }
                String typed = printed.substring(0, i) + (c == '0' ? 'O' : 'I') + printed.substring(i + 1);
                ScannedBadge.Refused scanned = assertInstanceOf(ScannedBadge.Refused.class, CODES.read(typed),
                        "a scanned '" + typed + "' must never be corrected");
                assertEquals(BadgeRefusal.Kind.MISREAD, scanned.refusal().kind(), typed);
                assertEquals(new ScannedBadge.Printed(pupil), CODES.readTyped(typed, roll::contains), typed);
                corrected++;
            }
            String allLetters = printed.replace('0', 'O').replace('1', 'I');
            ScannedBadge read = CODES.readTyped(allLetters, roll::contains);
            assertTrue(read.equals(new ScannedBadge.Printed(pupil)) || read instanceof ScannedBadge.Refused,
                    "'" + allLetters + "' may be refused, never read as another pupil: " + read);
        }
        assertTrue(corrected > 5000, corrected + " look-alikes tried");
    }
}
