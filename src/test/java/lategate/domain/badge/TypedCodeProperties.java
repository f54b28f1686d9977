package lategate.domain.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Typed codes under any input (jqwik): look-alike letters typed for digits read back as the
 * pupil, a scan is never corrected, and a typed code reads only as one of its own readings
 * (docs/receptionist.md, "Typing a code").
 */
class TypedCodeProperties {

    private static final BadgeCodes CODES = new BadgeCodes("demo", "Demo", Optional.empty());

    @Provide
    Arbitrary<String> pupilCodes() {
        return Arbitraries.strings().withChars(CheckCharacter.ALPHABET.toCharArray()).ofMinLength(1)
                .ofMaxLength(12);
    }

    @Provide
    Arbitrary<List<Boolean>> swaps() {
        return Arbitraries.of(true, false).list().ofSize(13);
    }

    @Property
    void digitsTypedAsLookAlikeLettersReadAsThePupil(@ForAll("pupilCodes") String pupil,
                                                     @ForAll("swaps") List<Boolean> swap) {
        String printed = CODES.printed(pupil);
        StringBuilder typed = new StringBuilder();
        for (int i = 0; i < printed.length(); i++) {
            char c = printed.charAt(i);
            typed.append(swap.get(i) && c == '0' ? 'O' : swap.get(i) && c == '1' ? (i % 2 == 0 ? 'I' : 'l') : c);
        }
        String text = typed.toString();
        ScannedBadge read = CODES.readTyped(text, Set.of(pupil)::contains);
        assertEquals(new ScannedBadge.Printed(pupil), read, text);
        if (!text.toUpperCase(Locale.ROOT).equals(printed)) {
            // The same characters from a scanner: not this pupil, whatever else they are.
            assertTrue(!new ScannedBadge.Printed(pupil).equals(CODES.read(text)), text);
        }
    }

    @Property
    void aTypedCodeReadsOnlyAsOneOfItsReadings(@ForAll String typed, @ForAll("pupilCodes") String onRoll) {
        ScannedBadge read = CODES.readTyped(typed, Set.of(onRoll)::contains);
        List<String> readings = TypedCode.readings(typed);
        if (readings.isEmpty()) {
            // More look-alikes than are tried: read exactly, as a scan.
            assertEquals(CODES.read(typed), read, typed);
        } else if (read instanceof ScannedBadge.Printed p && !typed.toUpperCase(Locale.ROOT).startsWith("LG1.")) {
            assertTrue(readings.contains(CODES.printed(p.pupilCode())), typed + " -> " + p);
        }
    }

    @Property
    void aScanIsNeverCorrected(@ForAll("pupilCodes") String pupil) {
        String printed = CODES.printed(pupil);
        String scanned = printed.replace('0', 'O').replace('1', 'I');
        if (!scanned.equals(printed)) {
            // Refused, or (several characters changed, which the check does not promise to catch) read as
            // the different code it spells: never corrected to the pupil's.
            assertTrue(!new ScannedBadge.Printed(pupil).equals(CODES.read(scanned)), scanned);
        }
    }
}
