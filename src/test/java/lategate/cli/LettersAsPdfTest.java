package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.pdf.PdfToText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate letters --pdf': the stage letters of the school's policy (Oak Meadow §21, Appendix 1,
 * staged letters home) as A4 PDFs, one per pupil and one merged file to print, names as written.
 * Read back with poppler's pdftotext. Block 1 is 3-25 September 2026 in the demo school.
 */
class LettersAsPdfTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_25_SEP = Clock.fixed(Instant.parse("2026-09-25T15:30:00Z"),
            ZoneId.of("Europe/London"));
    /** In the order the letters come: by pupil id. */
    private static final List<String> PUPILS = List.of("Thảo Nguyễn", "Zofia Wójcik", "İpek Şahin");

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void threePupilsAtStageOne() throws Exception {
        db = dir.resolve("school.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D1,Thảo,Nguyễn,4,4B,DEMO0001\nD2,Zofia,Wójcik,5,5A,DEMO0002\nD3,İpek,Şahin,4,4B,DEMO0003\n",
                StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(FRIDAY_25_SEP, "roster", "import", "--school", DEMO, "--db", db,
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        for (String badge : List.of("DEMO0001", "DEMO0002", "DEMO0003")) {
            for (String day : List.of("2026-09-07", "2026-09-08", "2026-09-09")) {
                CommandLineRun run = lategate(FRIDAY_25_SEP, "sign-in", "--school", DEMO, "--db", db, "--badge",
                        printed(badge), "--at", day + "T08:55:00");
                assertEquals(0, run.exit(), run.err());
            }
        }
        CommandLineRun head = withPins("1234\n", FRIDAY_25_SEP, "staff", "add", "--school", DEMO, "--db", db,
                "--username", "head", "--name", "Sam Head", "--position", "Head of School", "--role", "administrator");
        assertEquals(0, head.exit(), head.err());
        CommandLineRun confirm = withPins("1234\n", FRIDAY_25_SEP, "stages", "confirm", "--school", DEMO, "--db", db,
                "--staff", "head", "--block", "1");
        assertEquals(0, confirm.exit(), confirm.err());
    }

    private CommandLineRun letters(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("letters", "--school", DEMO, "--db", db, "--block", "1", "--out",
                out.toString(), "--pdf"));
        args.addAll(List.of(more));
        return lategate(FRIDAY_25_SEP, args.toArray(String[]::new));
    }

    @Test
    @DisplayName("one PDF per pupil naming them as written, and letters-all.pdf holding every letter in order, its "
            + "pages the sum of theirs")
    void onePerPupilAndOneMerged() throws Exception {
        Path out = dir.resolve("letters");
        CommandLineRun run = letters(out);
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("not printed as written"), run.err());
        assertTrue(run.out().contains("letters-all.pdf (3 A4 pages)"), run.out());

        int sum = 0;
        for (int i = 0; i < PUPILS.size(); i++) {
            Path one = out.resolve("block-1-D" + (i + 1) + "-stage-1.pdf");
            assertTrue(Files.exists(out.resolve("block-1-D" + (i + 1) + "-stage-1.txt")), "the text letter is kept");
            String text = PdfToText.text(one);
            assertTrue(text.contains(PUPILS.get(i)), PUPILS.get(i) + " in " + one + ":\n" + text);
            assertTrue(text.contains("punctuality, Stage 1"), text);
            for (String other : PUPILS) {
                assertEquals(other.equals(PUPILS.get(i)), text.contains(other), other + " in " + one);
            }
            assertTrue(PdfToText.fonts(one).stream().allMatch(f -> f.contains("DejaVuSans") && f.endsWith("Type0 embedded")),
                    PdfToText.fonts(one).toString());
            sum += PdfToText.pages(one);
        }
        Path all = out.resolve("letters-all.pdf");
        assertEquals(sum, PdfToText.pages(all));
        String merged = PdfToText.text(all);
        int at = -1;
        for (String name : PUPILS) {
            int next = merged.indexOf(name, at + 1);
            assertTrue(next > at, name + " after the letters before it in:\n" + merged);
            at = next;
        }
        String[] pages = merged.split("\f");
        for (int p = 0; p < PUPILS.size(); p++) {
            assertTrue(pages[p].contains(PUPILS.get(p)), "page " + (p + 1) + " is " + PUPILS.get(p) + "'s letter");
        }
    }

    @Test
    @DisplayName("a long letter wraps to the page's width and runs onto more pages; the merged file's pages are the "
            + "sum of the letters' pages")
    void aLongLetterRunsOntoMorePages() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("templates"));
        String sentence = "We would like to work with {{given_name}} and with you to make every morning a calm "
                + "and punctual start to the school day. ";
        StringBuilder text = new StringBuilder("{{school_name}}\n{{date}}\n\nDear {{parent_name}},\n\n"
                + "{{full_name}} ({{class}}): punctuality, Stage 1\n\n");
        for (int paragraph = 0; paragraph < 12; paragraph++) {
            text.append("Paragraph ").append(paragraph + 1).append(". ").append(sentence.repeat(6)).append("\n\n");
        }
        text.append("Yours sincerely,\n\n{{decided_by}}\n{{decided_by_position}}\nEND OF LETTER\n");
        Files.writeString(templates.resolve("stage-1.txt"), text, StandardCharsets.UTF_8);
        Path out = dir.resolve("long");
        CommandLineRun run = letters(out, "--templates", templates.toString());
        assertEquals(0, run.exit(), run.err());

        int sum = 0;
        for (int i = 1; i <= 3; i++) {
            Path one = out.resolve("block-1-D" + i + "-stage-1.pdf");
            int pages = PdfToText.pages(one);
            assertTrue(pages >= 2, one + " has " + pages + " page");
            String read = PdfToText.text(one).replace("\f", "");
            assertTrue(read.contains("Paragraph 12.") && read.contains("END OF LETTER"), "nothing lost:\n" + read);
            for (String line : read.split("\n")) {
                assertTrue(line.length() < 100, "wrapped to the page: " + line);
            }
            sum += pages;
        }
        assertEquals(sum, PdfToText.pages(out.resolve("letters-all.pdf")));
        assertTrue(run.out().contains("(" + sum + " A4 pages)"), run.out());
    }

    @Test
    @DisplayName("without --pdf, no PDF is written: the text letters and mail-merge.csv as before")
    void noPdfUnlessAsked() throws Exception {
        Path out = dir.resolve("text-only");
        CommandLineRun run = lategate(FRIDAY_25_SEP, "letters", "--school", DEMO, "--db", db, "--block", "1",
                "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".pdf")));
        }
        assertTrue(Normalizer.isNormalized(Files.readString(out.resolve("block-1-D1-stage-1.txt")),
                Normalizer.Form.NFC));
    }

    @Test
    @DisplayName("a font lacking a name's letters still writes the PDFs, and names the letter not printed as written "
            + "with how to mend it; never a silent change")
    void aFontLackingLettersNamesTheLetter() throws Exception {
        Path settings = dir.resolve("school.toml");
        Files.writeString(settings, Files.readString(Path.of(DEMO))
                + "\n[badges]\nfont = \"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf\"\n");
        Path out = dir.resolve("mono");
        CommandLineRun run = lategate(FRIDAY_25_SEP, "letters", "--school", settings.toString(), "--db", db, "--block",
                "1", "--out", out.toString(), "--templates", "config/letters", "--pdf");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("1 letter is not printed as written"), run.err());
        assertTrue(run.err().contains("block-1-D1-stage-1.pdf") && !run.err().contains("block-1-D2"),
                "DejaVu Sans Mono lacks ả and ễ, not ó or Ş: " + run.err());
        assertTrue(run.err().contains("[badges] font in " + settings), run.err());
        assertTrue(Files.exists(out.resolve("letters-all.pdf")));
    }
}
