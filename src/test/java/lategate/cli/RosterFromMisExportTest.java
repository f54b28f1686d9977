package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new school imports its roster straight from its MIS's student-list export (docs/mis-exports.md), through
 * {@code lategate roster import}, into a real SQLite file, and reads it back. The three files under
 * src/test/resources/roster are in the shape of a SIMS, an Arbor and a Bromcom export, saved as Excel's
 * "CSV UTF-8" saves them: a byte-order mark, CRLF line ends, accented names and apostrophes. Year groups
 * come out as the School Census writes them (R, 1 to 14); SEN status takes the DfE Common Basic Data Set's
 * SEN provision codes N, K and E.
 */
class RosterFromMisExportTest {

    private static final Clock FRIDAY_27_NOV = Clock.fixed(Instant.parse("2026-11-27T16:00:00Z"),
            ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private Path school(String roster) throws Exception {
        Path settings = dir.resolve("demo.toml");
        Files.writeString(settings, Files.readString(Path.of("config/schools/demo.toml")) + "\n" + roster,
                StandardCharsets.UTF_8);
        return settings;
    }

    private Path export(String name) throws Exception {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/roster/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private CommandLineRun run(String... args) {
        return lategate(FRIDAY_27_NOV, args);
    }

    @Test
    @DisplayName("a SIMS export (BOM, CRLF, Thảo Nguyễn, Łukasiewicz, Siobhán O'Brien) imports with format = sims and "
            + "badge_from = \"Admission Number\"; its extra columns are named; years read back as 3, R and 4, never "
            + "\"Year Year 3\" (School Census NC year groups)")
    void simsExport() throws Exception {
        Path settings = school("[roster]\nformat = \"sims\"\nbadge_from = \"Admission Number\"\n");
        String db = dir.resolve("school.db").toString();
        byte[] bytes = Files.readAllBytes(export("sims-students.csv"));
        assertEquals((byte) 0xEF, bytes[0], "the test file starts with a UTF-8 byte-order mark");
        assertTrue(new String(bytes, StandardCharsets.UTF_8).contains("\r\n"), "the test file has CRLF line ends");

        CommandLineRun imported = run("roster", "import", "--school", settings.toString(), "--db", db,
                dir.resolve("sims-students.csv").toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Imported sims-students.csv: 4 pupils (4 new"), imported.out());
        assertTrue(imported.out().contains("Columns not used (ignored): UPN, Legal Surname, Legal Forename, Gender, "
                + "Ethnicity."), imported.out());

        // The badge code is the admission number, leading zeros and all: the pupil's card as lategate prints it.
        CommandLineRun signIn = run("sign-in", "--school", settings.toString(), "--db", db, "--badge",
                printed("001234"), "--at", "2026-11-27T09:00:00");
        assertEquals(0, signIn.exit(), signIn.err());
        assertTrue(signIn.out().contains("Thảo"), signIn.out());

        CommandLineRun thao = run("report", "pupil", "--school", settings.toString(), "--db", db, "001234");
        assertEquals(0, thao.exit(), thao.err());
        assertTrue(thao.out().startsWith("Thảo Nguyễn (001234), year 3, class 3N"), thao.out());
        CommandLineRun janek = run("report", "pupil", "--school", settings.toString(), "--db", db, "001235");
        // The preferred forename, not the legal one: the kiosk greets a pupil by the name they are known by.
        assertTrue(janek.out().startsWith("Janek Łukasiewicz (001235), year 3, class 3N"), janek.out());
        CommandLineRun siobhan = run("report", "pupil", "--school", settings.toString(), "--db", db, "001236");
        assertTrue(siobhan.out().startsWith("Siobhán O'Brien (001236), year R, class RB"), siobhan.out());

        CommandLineRun groups = run("report", "groups", "--school", settings.toString(), "--db", db, "--block", "3",
                "--csv");
        assertEquals(0, groups.exit(), groups.err());
        List<String> lines = groups.out().lines().toList();
        // K (SEN support) and E (EHC plan) are SEND; N and an empty cell are not (DfE Common Basic Data Set).
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("3,SEND,2,")), groups.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("3,Year 3,2,1,1,")), groups.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("3,Year R,1,")), groups.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("3,Year 4,1,")), groups.out());
        assertFalse(groups.out().contains("Year Year"), groups.out());
    }

    @Test
    @DisplayName("an Arbor export imports with format = arbor and badge_from = \"UPN\"; yyyy-mm-dd dates, \"Y3\" and "
            + "\"4\" are read; the badge code is the UPN")
    void arborExport() throws Exception {
        Path settings = school("[roster]\nformat = \"arbor\"\nbadge_from = \"UPN\"\n");
        String db = dir.resolve("school.db").toString();
        CommandLineRun imported = run("roster", "import", "--school", settings.toString(), "--db", db,
                export("arbor-students.csv").toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Columns not used (ignored): Email."), imported.out());
        CommandLineRun signIn = run("sign-in", "--school", settings.toString(), "--db", db, "--badge",
                printed("A123456789013"), "--at", "2026-11-27T09:00:00");
        assertEquals(0, signIn.exit(), signIn.err());
        CommandLineRun jan = run("report", "pupil", "--school", settings.toString(), "--db", db, "S1002");
        assertTrue(jan.out().startsWith("Jan Łukasiewicz (S1002), year 3, class 3N"), jan.out());
        assertTrue(jan.out().contains("1 late arrival this year"), jan.out());
        CommandLineRun zoe = run("report", "pupil", "--school", settings.toString(), "--db", db, "S1004");
        assertTrue(zoe.out().startsWith("Zoë D'Souza (S1004), year 4, class 4K"), zoe.out());
    }

    @Test
    @DisplayName("a Bromcom export with format = bromcom and a [roster.columns] override: the override (Tutor Group "
            + "as the class) wins over the preset's Registration Group, and \"Yr 3\", \"Year 03\" and \"YR\" are 3, 3 and R")
    void bromcomExportWithAnOverride() throws Exception {
        Path settings = school("[roster]\nformat = \"bromcom\"\nbadge_from = \"Admission No\"\n\n[roster.columns]\n"
                + "\"Tutor Group\" = \"class\"\n");
        String db = dir.resolve("school.db").toString();
        CommandLineRun imported = run("roster", "import", "--school", settings.toString(), "--db", db,
                export("bromcom-students.csv").toString());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("Columns not used (ignored): Registration Group, House."), imported.out());
        CommandLineRun jan = run("report", "pupil", "--school", settings.toString(), "--db", db, "1235");
        assertTrue(jan.out().startsWith("Jan Łukasiewicz (1235), year 3, class T3"), jan.out());
        CommandLineRun siobhan = run("report", "pupil", "--school", settings.toString(), "--db", db, "1236");
        assertTrue(siobhan.out().startsWith("Siobhán O'Brien (1236), year R, class TR"), siobhan.out());
        assertEquals(0, run("sign-in", "--school", settings.toString(), "--db", db, "--badge", printed("1236"), "--at",
                "2026-11-27T09:00:00").exit());
    }

    @Test
    @DisplayName("a SIMS export with a bad year, a bad SEN status, a blank surname and a repeated admission number "
            + "lists every problem with its line and imports nothing: the roster already there stands")
    void badSimsExportImportsNothing() throws Exception {
        Path settings = school("[roster]\nformat = \"sims\"\nbadge_from = \"Admission Number\"\n");
        String db = dir.resolve("school.db").toString();
        assertEquals(0, run("roster", "import", "--school", settings.toString(), "--db", db,
                export("sims-students.csv").toString()).exit());
        Path bad = dir.resolve("sims-bad.csv");
        Files.writeString(bad, "\uFEFFAdmission Number,Preferred Surname,Preferred Forename,Year,Reg Group,SEN Status,"
                + "Date of Birth\r\n"
                + "001234,Nguyễn,Thảo,Year Seven,3N,N,14/09/2018\r\n"
                + "001235,Łukasiewicz,Jan,Year 3,3N,S,02/03/2019\r\n"
                + "001236,,Siobhán,Nursery,RB,E,28/02/2021\r\n"
                + "001237,D'Souza,Zoë,Y4,4K,,31/02/2017\r\n"
                + "001238,Okafor,Chidi,Y4,4K,,01/01/2018\r\n"
                + "001238,Okafor,Adaeze,Y4,4K,,01/01/2018\r\n", StandardCharsets.UTF_8);
        CommandLineRun refused = run("roster", "import", "--school", settings.toString(), "--db", db, bad.toString());
        assertEquals(1, refused.exit(), refused.out());
        assertEquals(List.of(
                "sims-bad.csv:2: Year 'Year Seven' is not a year group: write R (reception) or a year from 1 to 14, "
                        + "e.g. 3, Year 3, Y3 or Reception",
                "sims-bad.csv:3: SEN Status must be yes or no, not 'S' (or an SEN status: N none, K SEN support, "
                        + "E EHC plan)",
                "sims-bad.csv:4: Preferred Surname is blank",
                "sims-bad.csv:4: Year 'Nursery' is a nursery year: nursery pupils are below compulsory school age and "
                        + "are not registered by lategate, so leave them out of the roster",
                "sims-bad.csv:5: Date of Birth must be a date written yyyy-mm-dd or dd/mm/yyyy, e.g. 2021-09-14 or "
                        + "14/09/2021, not '31/02/2017'",
                "sims-bad.csv:7: Admission Number '001238' is already used on line 6",
                "lategate: 6 problems in " + bad + "; nothing was imported"), refused.err().lines().toList());
        CommandLineRun thao = run("report", "pupil", "--school", settings.toString(), "--db", db, "001234");
        assertTrue(thao.out().startsWith("Thảo Nguyễn (001234), year 3, class 3N"), thao.out());
    }

    @Test
    @DisplayName("a SIMS export with no column the preset knows for the surname is refused on line 1, naming the "
            + "headers looked for and how to map the school's own")
    void missingMappedColumnNamedOnTheHeader() throws Exception {
        Path settings = school("[roster]\nformat = \"sims\"\nbadge_from = \"Admission Number\"\n");
        Path bad = dir.resolve("sims-no-surname.csv");
        Files.writeString(bad, "Admission Number,Family Name,Preferred Forename,Year,Reg Group\n"
                + "001234,Nguyễn,Thảo,Year 3,3N\n", StandardCharsets.UTF_8);
        CommandLineRun refused = run("roster", "import", "--school", settings.toString(), "--db",
                dir.resolve("school.db").toString(), bad.toString());
        assertEquals(1, refused.exit(), refused.out());
        assertTrue(refused.err().contains("sims-no-surname.csv:1: missing column for family_name: the header has none "
                + "of 'Preferred Surname', 'Legal Surname', 'Surname', 'family_name' (sims format; map the school's own "
                + "header with [roster.columns] in the settings, docs/mis-exports.md)"), refused.err());
        assertFalse(Files.exists(dir.resolve("school.db")), "a refused first import makes no database");
    }
}
