package lategate.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where lategate's PDFs find a Unicode font, and what they say when none has a name's letters (docs/settings.md, [badges]). */
class TypefaceTest {

    private static final Path DEJAVU = Typeface.DEBIAN_PLACES.get(0);
    private static final List<String> NAMES = List.of("Thảo Nguyễn", "Łukasiewicz", "Zofia Wójcik", "Çağrı Yılmaz",
            "İpek Şahin", "ليلى حداد", "Zoë Müller");

    @TempDir
    Path dir;

    @Test
    @DisplayName("once a typeface exists, PDFBox tells stderr only of failures (not its font cache or look-alikes)")
    void pdfBoxQuietOnceATypefaceExists() {
        assertTrue(Typeface.STANDARD != null);
        assertEquals(java.util.logging.Level.SEVERE, java.util.logging.Logger.getLogger("org.apache.pdfbox").getLevel());
    }

    @Test
    @DisplayName("DejaVu Sans, where Debian's fonts-dejavu-core installs it, prints every test name as written")
    void dejaVuWhereDebianPutsIt() {
        assertTrue(Files.isReadable(DEJAVU), "install fonts-dejavu-core (.ci/run does)");
        Typeface found = Typeface.find(Optional.empty());
        assertEquals(Optional.of(DEJAVU), found.file());
        assertEquals(List.of(), found.notAsWritten(NAMES));
    }

    @Test
    @DisplayName("with no Unicode font found, the standard font is used and every name it cannot print is named, "
            + "with fonts-dejavu-core and [badges] font as the fixes")
    void noUnicodeFontSaysWhichNamesAndHowToFix() {
        Typeface none = Typeface.find(Optional.empty(), List.of(dir.resolve("absent.ttf")));
        assertEquals(Optional.empty(), none.file());
        List<String> lost = none.notAsWritten(NAMES);
        assertEquals(List.of("Thảo Nguyễn", "Łukasiewicz", "Çağrı Yılmaz", "İpek Şahin", "ليلى حداد"), lost,
                "Helvetica has ó, ë and ü, nothing of the rest");
        String warning = none.notAsWrittenWarning(lost, "/etc/lategate/school.toml");
        assertTrue(warning.startsWith("5 names are not printed as written"), warning);
        assertTrue(warning.contains("fonts-dejavu-core") && warning.contains("[badges] font in /etc/lategate/school.toml"),
                warning);
    }

    @Test
    @DisplayName("a font named in the settings that is not a TrueType font is refused, saying so")
    void notAFontIsRefused() throws Exception {
        Path text = Files.writeString(dir.resolve("font.ttf"), "not a font");
        Typeface.Unusable refused = assertThrows(Typeface.Unusable.class, () -> Typeface.find(Optional.of(text)));
        assertTrue(refused.getMessage().contains(text + " ([badges] font in the settings) is not a TrueType font"),
                refused.getMessage());
    }
}
