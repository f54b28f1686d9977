package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import lategate.pdf.PdfToText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate badges' prints every pupil's name as written, in DejaVu Sans embedded in the PDF, and
 * says plainly which names it could not print so when the font lacks their letters. Names are a
 * pupil's personal data, which must be accurate (UK GDPR Article 5(1)(d)); the Equality Act 2010
 * (race includes nationality and ethnic origin) is why a name is not anglicised on a badge.
 * The PDF is read back with poppler's pdftotext.
 */
class BadgesSpellEveryNameTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Path DEJAVU_SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    /** Given and family names as the roster holds them: Vietnamese, Polish, Turkish and Arabic. */
    private static final List<String[]> NAMES = List.of(new String[] {"Thảo", "Nguyễn"},
            new String[] {"Jan", "Łukasiewicz"}, new String[] {"Zofia", "Wójcik"},
            new String[] {"Çağrı", "Yılmaz"}, new String[] {"İpek", "Şahin"}, new String[] {"ليلى", "حداد"});

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("school.db").toString();
        StringBuilder roster = new StringBuilder("pupil_id,given_name,family_name,year,class,badge\n");
        for (int i = 0; i < NAMES.size(); i++) {
            roster.append("P").append(i + 1).append(',').append(NAMES.get(i)[0]).append(',').append(NAMES.get(i)[1])
                    .append(",4,4B,DEMO000").append(i + 1).append('\n');
        }
        Path file = dir.resolve("roster.csv");
        Files.writeString(file, roster, StandardCharsets.UTF_8);
        CommandLineRun run = lategate("roster", "import", "--school", DEMO, "--db", db, file.toString());
        assertEquals(0, run.exit(), run.err());
    }

    private CommandLineRun badges(String settings, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("badges", "--school", settings, "--db", db));
        args.addAll(List.of(more));
        return lategate(args.toArray(String[]::new));
    }

    /** The demo settings with {@code [badges] font = font}, in the test's folder. */
    private String withFont(Path font) throws Exception {
        Path settings = dir.resolve("school.toml");
        Files.writeString(settings, Files.readString(Path.of(DEMO)) + "\n[badges]\nfont = \"" + font + "\"\n");
        return settings.toString();
    }

    @Test
    @DisplayName("Vietnamese, Polish, Turkish and Arabic names read back out of the badge PDF as written, in an "
            + "embedded Unicode font (UK GDPR Art. 5(1)(d), accuracy)")
    void everyNameReadsBackAsWritten() throws Exception {
        Path pdf = dir.resolve("badges.pdf");
        CommandLineRun run = badges(DEMO, "--out", pdf.toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("not printed as written"), run.err());

        String text = PdfToText.text(pdf);
        for (String[] name : NAMES) {
            for (String part : name) {
                // Arabic is drawn in its joined letter forms; a reader gives the letters back (compatibility form).
                assertTrue(Normalizer.normalize(text, Normalizer.Form.NFKC).contains(part), part + " in:\n" + text);
            }
        }
        for (String latin : List.of("Thảo", "Nguyễn", "Łukasiewicz", "Wójcik", "Çağrı", "Yılmaz", "İpek", "Şahin")) {
            assertTrue(text.contains(latin), latin + " as written in:\n" + text);
        }
        assertFalse(text.contains("Nguyên") || text.contains("Lukasiewicz"), text);
        List<String> fonts = PdfToText.fonts(pdf);
        assertFalse(fonts.isEmpty());
        for (String font : fonts) {
            assertTrue(font.contains("DejaVuSans") && font.endsWith("Type0 embedded"), fonts.toString());
        }
    }

    @Test
    @DisplayName("a font lacking Arabic letters still prints the badges, and names the one name not printed as "
            + "written with how to mend it; never a silent change")
    void aFontLackingLettersIsSaidPlainly() throws Exception {
        Path pdf = dir.resolve("serif.pdf");
        CommandLineRun run = badges(withFont(DEJAVU_SERIF), "--out", pdf.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(pdf));
        assertTrue(run.err().contains("1 name is not printed as written"), run.err());
        assertTrue(run.err().contains("ليلى حداد"), run.err());
        assertTrue(run.err().contains("[badges] font"), run.err());
        assertFalse(run.err().contains("Nguyễn"), "DejaVu Serif has Vietnamese: " + run.err());
        String text = PdfToText.text(pdf);
        assertTrue(text.contains("Nguyễn") && text.contains("Łukasiewicz"), text);
        assertTrue(PdfToText.fonts(pdf).stream().allMatch(f -> f.contains("DejaVuSerif")), PdfToText.fonts(pdf)
                .toString());
    }

    @Test
    @DisplayName("a font named in the settings that does not exist is refused, saying where it was looked for and "
            + "what to install; nothing is written; config check warns of it")
    void aMissingFontIsRefused() throws Exception {
        Path pdf = dir.resolve("none.pdf");
        CommandLineRun run = badges(withFont(dir.resolve("no-such-font.ttf")), "--out", pdf.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("no-such-font.ttf") && run.err().contains("fonts-dejavu-core"), run.err());
        assertFalse(Files.exists(pdf));
        String settings = withFont(dir.resolve("no-such-font.ttf"));
        CommandLineRun check = lategate("config", "check", settings);
        assertEquals(0, check.exit(), check.err());
        assertTrue(check.err().contains(": badges.font: warning: '" + dir.resolve("no-such-font.ttf")), check.err());
    }
}
