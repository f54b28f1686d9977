package lategate.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import javax.imageio.ImageIO;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeKey;
import lategate.domain.badge.CheckCharacter;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A card's picture read back with ZXing, as scanners read the printed card: both barcodes say
 * what they were made from, whatever the code's length, the issue, or the name beside them.
 */
class BadgeCardPictureTest {

    private static final BadgeCodes CODES = new BadgeCodes("DEMO", "Demo Primary School",
            Optional.of(new BadgeKey(new byte[32])));

    private final BadgeImage image = new BadgeImage();

    private static BadgeCard card(String pupilCode, String given, String family, int issue) {
        Pupil pupil = new Pupil("P1", given, family, "3", "3B", pupilCode, Characteristics.NONE, Optional.empty());
        return BadgeCard.of("Demo Primary School", pupil, CODES, issue, true);
    }

    private BufferedImage pictureOf(BadgeCard card) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(image.png(card)));
    }

    @Provide
    Arbitrary<String> pupilCodes() {
        return Arbitraries.strings().withChars(CheckCharacter.ALPHABET.toCharArray()).ofMinLength(1)
                .ofMaxLength(BadgeCodes.LONGEST_PUPIL_CODE);
    }

    @Property(tries = 40)
    void anyBadgesBarcodesReadBackFromItsPictureAsItsPupilAndIssue(@ForAll("pupilCodes") String pupilCode,
            @ForAll @IntRange(min = 1, max = BadgeCodes.HIGHEST_ISSUE) int issue) throws Exception {
        BufferedImage picture = pictureOf(card(pupilCode, "Zoë", "Nguyễn", issue));
        assertEquals(Optional.of(CODES.printed(pupilCode)), BarcodesInPicture.code128(picture));
        assertEquals(Optional.of(new ScannedBadge.Printed(pupilCode)),
                BarcodesInPicture.code128(picture).map(CODES::read));
        assertEquals(Optional.of(new ScannedBadge.Signed(pupilCode, issue)),
                BarcodesInPicture.qr(picture).map(CODES::read));
    }

    @Test
    void theLongestBadgeCodeStillFitsTheCardAndReads() throws Exception {
        String longest = "W".repeat(BadgeCodes.LONGEST_PUPIL_CODE); // W: no digit pairs to pack, the widest Code 128
        BufferedImage picture = pictureOf(card(longest, "Zoë", "Nguyễn", 1));
        assertEquals(Optional.of(CODES.printed(longest)), BarcodesInPicture.code128(picture));
        assertEquals(1011, picture.getWidth(), "85.6 mm at 300 dpi");
        assertEquals(637, picture.getHeight(), "54 mm at 300 dpi is 637.8 pixels: whole ones only");
    }

    @Test
    void aCardPicturesQrCodeIsDrawnInWholePixelsWithNoGreyEdges() throws Exception {
        BufferedImage picture = pictureOf(card("DEMO0042", "Zoë", "Nguyễn", 1));
        java.util.Set<Integer> greys = new java.util.TreeSet<>();
        // The QR code and its quiet zone: 41 modules of 8 pixels, ending 993 pixels from the left and 106 from the top.
        for (int y = 106; y < 106 + 41 * 8; y++) {
            for (int x = 993 - 41 * 8; x < 993; x++) {
                greys.add(picture.getRaster().getSample(x, y, 0));
            }
        }
        assertEquals(java.util.Set.of(0, 255), greys, "only black and white, so no reader misjudges an edge");
    }

    @Test
    void aCardOfASchoolWithoutAKeyHasTheBarcodeAndNoQrCode() throws Exception {
        BadgeCodes keyless = new BadgeCodes("DEMO", "Demo Primary School", Optional.empty());
        Pupil pupil = new Pupil("P1", "Chloé", "Müller", "3", "3B", "DEMO0001", Characteristics.NONE, Optional.empty());
        BufferedImage picture = pictureOf(BadgeCard.of("Demo Primary School", pupil, keyless, 1, false));
        assertEquals(Optional.of(keyless.printed("DEMO0001")), BarcodesInPicture.code128(picture));
        assertTrue(BarcodesInPicture.qr(picture).isEmpty());
    }

    @Test
    void namesOfEveryKindAndLengthDrawWithoutCrashingAndLeaveTheCodesReadable() throws Exception {
        String[][] names = {{"王芳", "李"}, {"Ali \uD83D\uDE00", "Ó Briain-Nguyễn"},
                {"Wolfeschlegelsteinhausenbergerdorff", "Hubert Blaine Wolfeschlegelsteinhausenbergerdorff Senior"},
                {"", " "}, {"Zo\u200Be", "Tab\tName"}};
        for (String[] name : names) {
            BufferedImage picture = pictureOf(card("DEMO0001", name[0], name[1], 1));
            assertEquals(Optional.of(CODES.printed("DEMO0001")), BarcodesInPicture.code128(picture), name[0]);
            assertTrue(BarcodesInPicture.qr(picture).isPresent(), name[0]);
        }
    }

    @Test
    void aPupilsPictureIsNamedByTheirIdMadeSafeForAFileName() {
        assertEquals("D0042.png", BadgeImage.fileName("D0042"));
        assertEquals("a_b_c.png", BadgeImage.fileName("a/b c"));
        assertEquals("_.png", BadgeImage.fileName("."));
        assertEquals("_..png", BadgeImage.fileName(".."));
    }

    @Test
    @DisplayName("the picture draws the name in the school's Unicode font: Thảo Łukasiewicz and Thao Lukasiewicz are "
            + "drawn differently in DejaVu Sans, alike in Helvetica, which lacks ả and Ł")
    void aPictureSpellsTheNameAsWritten() throws Exception {
        BadgeImage dejaVu = new BadgeImage(lategate.pdf.Typeface.find(Optional.empty()));
        assertFalse(samePixels(dejaVu.render(card("DEMO0001", "Thảo", "Łukasiewicz", 1)),
                dejaVu.render(card("DEMO0001", "Thao", "Lukasiewicz", 1))));
        assertTrue(samePixels(image.render(card("DEMO0001", "Thảo", "Łukasiewicz", 1)),
                image.render(card("DEMO0001", "Thao", "Lukasiewicz", 1))), "the test could fail: Helvetica draws them alike");
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
