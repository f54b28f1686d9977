package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A cheap scanner drops, repeats or changes a character, and a hurried typist swaps two: the
 * check character refuses every such code, so a misread never signs in another pupil (issue 8).
 * Tried over every code of a 2,000-pupil school, not a handful of examples.
 */
class MisreadPrintedCodesTest {

    private static final BadgeCodes CODES = new BadgeCodes("seagrave", "Seagrave Academy", Optional.empty());

    private static List<String> everyPrintedCode() {
        List<String> codes = new ArrayList<>();
        for (int n = 1; n <= 2000; n++) {
            codes.add(CODES.printed(String.format("S%05d", n)));
        }
        codes.add(CODES.printed("DEMO0002"));
        codes.add(CODES.printed("A"));
        codes.add(CODES.printed("ZZZZZZZZZZZZZZZZZZZZ"));
        return codes;
    }

    private static void refusedAsMisread(String changed, String from) {
        ScannedBadge read = CODES.read(changed);
        ScannedBadge.Refused refused = assertInstanceOf(ScannedBadge.Refused.class, read,
                "'" + changed + "' (from '" + from + "') must be refused");
        assertEquals(BadgeRefusal.Kind.MISREAD, refused.refusal().kind(), changed);
    }

    @Test
    @DisplayName("a printed code as printed reads as its pupil's code")
    void printedCodeReads() {
        for (String code : everyPrintedCode()) {
            ScannedBadge.Printed read = assertInstanceOf(ScannedBadge.Printed.class, CODES.read(code), code);
            assertEquals(code.substring(0, code.length() - 1), read.pupilCode());
        }
    }

    @Test
    @DisplayName("every printed code with any one character changed to any other letter or digit is refused")
    void everySingleCharacterChangeIsRefused() {
        for (String code : everyPrintedCode()) {
            for (int i = 0; i < code.length(); i++) {
                for (char c : CheckCharacter.ALPHABET.toCharArray()) {
                    if (c != code.charAt(i)) {
                        refusedAsMisread(code.substring(0, i) + c + code.substring(i + 1), code);
                    }
                }
            }
        }
    }

    @Test
    @DisplayName("every printed code with two neighbouring characters swapped is refused")
    void everyNeighbourSwapIsRefused() {
        for (String code : everyPrintedCode()) {
            for (int i = 0; i + 1 < code.length(); i++) {
                if (code.charAt(i) != code.charAt(i + 1)) {
                    char[] swapped = code.toCharArray();
                    swapped[i] = code.charAt(i + 1);
                    swapped[i + 1] = code.charAt(i);
                    refusedAsMisread(new String(swapped), code);
                }
            }
        }
    }

    @Test
    @DisplayName("a printed code with a character dropped or repeated never reads as another code of the school")
    void droppedOrRepeatedNeverReadsAsAnotherPupil() {
        List<String> all = everyPrintedCode();
        java.util.Set<String> pupils = new java.util.HashSet<>();
        for (String code : all) {
            pupils.add(code.substring(0, code.length() - 1));
        }
        int refused = 0;
        int variants = 0;
        for (String code : all) {
            for (int i = 0; i < code.length(); i++) {
                for (String variant : List.of(code.substring(0, i) + code.substring(i + 1),
                        code.substring(0, i + 1) + code.charAt(i) + code.substring(i + 1))) {
                    variants++;
                    ScannedBadge read = CODES.read(variant);
                    if (read instanceof ScannedBadge.Printed p) {
                        assertTrue(!pupils.contains(p.pupilCode()) || variant.equals(code),
                                "'" + variant + "' (from '" + code + "') reads as another pupil's code " + p.pupilCode());
                    } else {
                        refused++;
                    }
                }
            }
        }
        // The check does not promise to catch these (their length changes), but most fail it anyway.
        assertTrue(refused > variants * 9 / 10, refused + " of " + variants + " refused by the check");
    }

    @Test
    @DisplayName("a code typed in lower case, or with Caps Lock on, is the same code")
    void caseDoesNotMatter() {
        String code = CODES.printed("DEMO0002");
        assertEquals(new ScannedBadge.Printed("DEMO0002"), CODES.read(code.toLowerCase(java.util.Locale.ROOT)));
    }

    @Test
    @DisplayName("the roster code without its check character is refused, not taken as a shorter code")
    void rosterCodeAloneIsRefused() {
        refusedAsMisread("DEMO0002", "DEMO0002");
    }
}
