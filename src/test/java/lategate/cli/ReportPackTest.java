package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `report pack`: the printable HTML pack for the head and governors, from a real database seeded
 * through the command line. The demo school: block 2 is school weeks 5-8 (28 September to 23
 * October 2026), block 3 weeks 9-12 (2 to 27 November), register taken 08:45, closed 09:10, stage
 * 1 at 3 late marks in a block.
 */
class ReportPackTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_27_NOV = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"),
            ZoneId.of("Europe/London"));
    /** Every roster value that must never reach an anonymised pack, as written and as HTML would escape it. */
    private static final List<String> IDENTIFYING = List.of("QX7301", "QX7302", "QX7303", "QX7304", "<b>Zoë",
            "&lt;b&gt;Zoë", "Zoë", "\"Bo\"", "&quot;Bo&quot;", "Ffion", "O'Neill", "O&#39;Neill", "Neill", "Thảo",
            "Nguyễn", "Wilhelmina", "Quartermaine", "Kestrel", "Osprey", "DEMO0001", "DEMO0002", "DEMO0003",
            "DEMO0004");

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "QX7301,<b>Zoë,\"& \"\"Bo\"\"</b>\",4,Kestrel,DEMO0001\n"
                + "QX7302,Ffion,O'Neill,5,Osprey,DEMO0002\n"
                + "QX7303,Thảo,Nguyễn,5,Osprey,DEMO0003\n"
                + "QX7304,Wilhelmina,Quartermaine,4,Kestrel,DEMO0004\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(FRIDAY_27_NOV, "roster", "import", "--school", DEMO, "--db", db,
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        for (String[] scan : new String[][] {
                {"DEMO0001", "2026-10-21T08:55:00"},   // block 2: L, 10 minutes
                {"DEMO0003", "2026-10-05T08:50:00"},   // block 2: L, 5
                {"DEMO0003", "2026-10-06T08:50:00"},   // block 2: L, 5
                {"DEMO0001", "2026-11-23T09:00:00"},   // block 3: L, 15
                {"DEMO0001", "2026-11-23T09:05:00"},   // a repeat: never a second mark
                {"DEMO0001", "2026-11-24T09:20:00"},   // block 3: U, 35
                {"DEMO0001", "2026-11-25T09:00:00"},   // block 3: L, 15 (3 late marks: stage 1 proposed)
                {"DEMO0002", "2026-11-26T09:40:00"},   // block 3: U, 55
                {"DEMO0003", "2026-11-27T08:46:00"}}) { // block 3: L, 1
            CommandLineRun run = lategate(FRIDAY_27_NOV, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(scan[0]), "--at", scan[1]);
            assertEquals(0, run.exit(), run.err());
        }
    }

    private CommandLineRun pack(String out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "pack", "--school", DEMO, "--db", db,
                "--out", out));
        args.addAll(List.of(more));
        return lategate(FRIDAY_27_NOV, args.toArray(String[]::new));
    }

    /** The page's words without markup, spaces collapsed: what a reader sees, in order. */
    private static String words(String html) {
        return html.replaceAll("(?s)<style>.*?</style>", " ").replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private List<String> folder() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    @DisplayName("block 3: the block's figures against block 2, late marks per block, the pupils by concern")
    void figuresAndRows() throws Exception {
        Path out = dir.resolve("block-3.html");
        CommandLineRun run = pack(out.toString(), "--block", "3");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wrote the pack for block 3 (school weeks 9-12, 2026-11-02 to 2026-11-27) to "
                + out + ": 3 pupils by concern."), run.out());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"));
        String text = words(html);
        assertTrue(text.contains("Demo Primary School Block 3: school weeks 9–12"), text);
        assertTrue(text.contains("School days Monday 2 November 2026 to Friday 27 November 2026"), text);
        assertTrue(text.contains("Made on Friday 27 November 2026 at 16:00"), "the command's clock: " + text);
        assertTrue(text.contains("Block 3 Block 2 Change Pupils with a late mark 3 2 +1 Late marks (L + U) 5 3 +2 "
                + "L: late before the register closed 3 3 0 U: after it closed (an unauthorised absence) 2 0 +2 "
                + "Minutes late, all pupils 121 20 +101"), text);
        assertTrue(html.contains("aria-label=\"Late marks per block, blocks 1 to 3: 0, 3, 5\""), html);
        assertTrue(text.contains("Staged letters: 1 proposed stage change (1 up, 0 down); 0 decided by the "
                + "attendance lead, 1 awaiting a decision."), text);
        // By concern: the stage rise first, then the rise of one late mark, then the fall of one.
        int zoe = text.indexOf("1 <b>Zoë & \"Bo\"</b> QX7301 4 Kestrel 2 1 65 +2");
        int ffion = text.indexOf("2 Ffion O'Neill QX7302 5 Osprey 0 1 55 +1");
        int thao = text.indexOf("3 Thảo Nguyễn QX7303 5 Osprey 1 0 1 −1");
        assertTrue(zoe > 0 && ffion > zoe && thao > ffion, text);
        assertTrue(text.contains("no stage → stage 1 proposed: enters stage 1; awaiting the lead"), text);
        assertFalse(text.contains("Wilhelmina"), "never late, so not in the pack's rows: " + text);
        assertTrue(text.contains("Reason Late marks Share not given 5 100%"), text);
        assertTrue(text.contains("No pupil on roll is in: SEND, Pupil premium, Free school meals, Looked after, EAL"),
                text);
        assertTrue(text.contains("Class Kestrel 2 1 3 150.0 100.0"), "groups per 100 pupils: " + text);
        assertTrue(text.contains("holiday: Autumn half term Fri 23 Oct 2026 0 Mon 2 Nov 2026 0"), text);
        for (String outside : List.of("<script", "http:", "https:", "src=", "href=", "@import", "url(", "<link",
                "@font-face")) {
            assertFalse(html.contains(outside), "self-contained, nothing fetched: " + outside);
        }
        assertEquals(List.of("block-3.html", "demo.db", "roster.csv"), folder().stream()
                .filter(f -> !f.startsWith("demo.db-")).toList(), "no temporary file left behind");
    }

    @Test
    @DisplayName("names with markup, quotes and accents are escaped everywhere, in text and in attributes")
    void escaping() throws Exception {
        override("QX7301 <i>& family</i> asked for \"more time\"");
        Path out = dir.resolve("named.html");
        assertEquals(0, pack(out.toString(), "--block", "3").exit());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("&lt;b&gt;Zoë &amp; &quot;Bo&quot;&lt;/b&gt;"), html);
        assertTrue(html.contains("Ffion O&#39;Neill"), html);
        assertTrue(html.contains("Thảo Nguyễn"), "UTF-8 as written: " + html);
        assertTrue(html.contains("QX7301 &lt;i&gt;&amp; family&lt;/i&gt; asked for &quot;more time&quot;"), html);
        assertFalse(html.contains("<b>"), html);
        assertFalse(html.contains("<i>"), html);
        assertFalse(html.contains("\"Bo\""), html);
        assertFalse(html.contains("O'Neill"), html);
    }

    @Test
    @DisplayName("--anonymise: Pupil A, B, C in order of concern; no name, id, class or badge anywhere in the file")
    void anonymised() throws Exception {
        override("QX7301 Zoë's family asked for more time");
        Path out = dir.resolve("governors.html");
        CommandLineRun run = pack(out.toString(), "--block", "3", "--anonymise");
        assertEquals(0, run.exit(), run.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        for (String value : IDENTIFYING) {
            assertFalse(html.contains(value), "the anonymised pack contains '" + value + "'");
        }
        assertFalse(html.contains("asked for more time"), "an override's reason may name the pupil: left out");
        String text = words(html);
        // Small-number suppression (docs/data-protection.md): year groups of 2 pupils are withheld, counts
        // of 1 or 2 are "fewer than 3", and a part or change that would give one back is withheld.
        int a = text.indexOf("1 Pupil A withheld fewer than 3 fewer than 3 65 withheld");
        int b = text.indexOf("2 Pupil B withheld withheld fewer than 3 55 withheld");
        int c = text.indexOf("3 Pupil C withheld fewer than 3 withheld 1 withheld");
        assertTrue(a > 0 && b > a && c > b, text);
        assertTrue(text.contains("stage 1 → stage 2, overridden by Priya Shah proposed stage 1")
                || text.contains("no stage → stage 2, overridden by Priya Shah proposed stage 1"), text);
        assertTrue(text.contains("No groups to show."), text);
        assertTrue(text.contains("classes are left out; 2 groups were withheld for having fewer than 10 pupils in it "
                + "or outside it; a count of 1 or 2 is shown as “fewer than 3”"), "years 4 and 5, two pupils each "
                + "(small-number suppression, docs/data-protection.md): " + text);
        // The named pack of the same block does name them: the check above is not vacuous.
        Path named = dir.resolve("named.html");
        assertEquals(0, pack(named.toString(), "--block", "3").exit());
        assertTrue(Files.readString(named, StandardCharsets.UTF_8).contains("QX7301"));
    }

    @Test
    @DisplayName("a block that has not started: exit 1, nothing written, an earlier pack of that name untouched")
    void blockNotStarted() throws Exception {
        Path out = dir.resolve("pack.html");
        CommandLineRun run = pack(out.toString(), "--block", "5");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("block 5 has not started: its first school day is 2027-01-11"), run.err());
        assertFalse(Files.exists(out));
        List<String> before = folder();
        Files.writeString(out, "an earlier pack");
        assertEquals(1, pack(out.toString(), "--block", "5").exit());
        assertEquals("an earlier pack", Files.readString(out));
        assertEquals(1, pack(out.toString(), "--block", "0").exit());
        assertEquals(1, pack(out.toString(), "--block", "11").exit());
        assertEquals("an earlier pack", Files.readString(out));
        List<String> after = new java.util.ArrayList<>(folder());
        after.remove("pack.html");
        assertEquals(before, after, "no temporary file left behind");
    }

    @Test
    @DisplayName("--out in a folder that does not exist, a folder, or a .pdf: exit 1 with a message, nothing written")
    void badOut() throws Exception {
        Path missing = dir.resolve("no-such-folder").resolve("pack.html");
        CommandLineRun run = pack(missing.toString(), "--block", "3");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("the folder " + dir.resolve("no-such-folder") + " does not exist; make it "
                + "first, nothing was written"), run.err());
        assertFalse(Files.exists(missing.getParent()));

        CommandLineRun folder = pack(dir.toString(), "--block", "3");
        assertEquals(1, folder.exit());
        assertTrue(folder.err().contains("is a folder"), folder.err());

        Path pdf = dir.resolve("pack.PDF");
        CommandLineRun asPdf = pack(pdf.toString(), "--block", "3");
        assertEquals(1, asPdf.exit());
        assertTrue(asPdf.err().contains("the pack is an HTML page, not a PDF"), asPdf.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    @DisplayName("an existing pack is replaced whole")
    void replaces() throws Exception {
        Path out = dir.resolve("pack.html");
        Files.writeString(out, "x".repeat(500_000));
        assertEquals(0, pack(out.toString(), "--block", "2").exit());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"), "whole");
        assertFalse(html.contains("xxxx"));
        assertTrue(words(html).contains("Block 2 Block 1 Change Pupils with a late mark 2 0 +2"), words(html));
    }

    /** The lead overrides the proposed stage 1 for the first pupil to stage 2, with {@code because}. */
    private void override(String because) {
        CommandLineRun head = withPins("1234\n", FRIDAY_27_NOV, "staff", "add", "--school", DEMO, "--db", db,
                "--username", "head", "--name", "Sam Head", "--position", "Head of School", "--role",
                "administrator");
        assertEquals(0, head.exit(), head.err());
        CommandLineRun lead = withPins("1234\n1234\n", FRIDAY_27_NOV, "staff", "add", "--school", DEMO, "--db", db,
                "--as", "head", "--username", "lead", "--name", "Priya Shah", "--position", "Attendance lead",
                "--role", "attendance-lead");
        assertEquals(0, lead.exit(), lead.err());
        CommandLineRun run = withPins("1234\n", FRIDAY_27_NOV, "stages", "override", "--school", DEMO, "--db", db,
                "--block", "3", "--pupil", "QX7301", "--stage", "2", "--because", because, "--staff", "lead");
        assertEquals(0, run.exit(), run.err());
    }
}
