package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Badge codes and payloads under inputs nobody thought of (jqwik): never a crash, never the wrong pupil. */
class BadgeCodeProperties {

    private static final BadgeCodes CODES = new BadgeCodes("demo", "Demo", Optional.of(new BadgeKey(new byte[32])));

    @Provide
    Arbitrary<String> pupilCodes() {
        return Arbitraries.strings().withChars(CheckCharacter.ALPHABET.toCharArray()).ofMinLength(1)
                .ofMaxLength(BadgeCodes.LONGEST_PUPIL_CODE);
    }

    @Property
    void anyTextReadsOrIsRefusedWithReasons(@ForAll String scanned) {
        ScannedBadge read = CODES.read(scanned);
        assertNotNull(read);
        if (read instanceof ScannedBadge.Refused r) {
            assertNotNull(r.refusal().words());
            assertNotNull(r.refusal().why());
        }
    }

    @Property
    void printedCodesReadBackAsTheirPupil(@ForAll("pupilCodes") String pupil) {
        assertEquals(new ScannedBadge.Printed(pupil), CODES.read(CODES.printed(pupil)));
    }

    @Property
    void signedCodesReadBackAsTheirPupilAndIssue(@ForAll("pupilCodes") String pupil,
                                                 @ForAll @IntRange(min = 1, max = BadgeCodes.HIGHEST_ISSUE) int issue) {
        assertEquals(new ScannedBadge.Signed(pupil, issue), CODES.read(CODES.signed(pupil, issue)));
    }

    @Property
    void anyOneCharacterChangedInAPrintedCodeIsRefused(@ForAll("pupilCodes") String pupil, @ForAll int where,
                                                       @ForAll char replacement) {
        String code = CODES.printed(pupil);
        int i = Math.floorMod(where, code.length());
        if (Character.toUpperCase(replacement) == code.charAt(i)) {
            return;
        }
        String changed = code.substring(0, i) + replacement + code.substring(i + 1);
        assertInstanceOf(ScannedBadge.Refused.class, CODES.read(changed), changed);
    }

    @Property
    void anyOneCharacterChangedInASignedCodeIsRefused(@ForAll("pupilCodes") String pupil, @ForAll int where,
                                                      @ForAll char replacement) {
        String code = CODES.signed(pupil, 1);
        int i = Math.floorMod(where, code.length());
        if (Character.toUpperCase(replacement) == code.charAt(i)) {
            return;
        }
        String changed = code.substring(0, i) + replacement + code.substring(i + 1);
        assertInstanceOf(ScannedBadge.Refused.class, CODES.read(changed), changed);
    }
}
