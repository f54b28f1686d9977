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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.DatabaseChecksum;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The School Attendance (Pupil Registration) (England) Regulations 2024 keep "every entry on the
 * attendance register for 6 years after the date on which the entry was made" (PSA §H, KTS §4.1
 * quote them). A school may keep longer, never shorter; and every record is aged by the day it was
 * made, so an amendment made in October 2021 to a mark of July 2021 is kept as an entry of October.
 * Everything here runs through the command line on a real SQLite file.
 */
class RetentionNeverBelowTheLawTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    /** The roster and staff, before the summer of 2021. */
    private static final Clock JULY_2021 = Clock.fixed(Instant.parse("2021-07-01T10:00:00Z"), LONDON);
    /** Tuesday 20 July 2021, 09:40 BST: after the demo's 09:10 close, so a U. */
    private static final Clock MARKED = Clock.fixed(Instant.parse("2021-07-20T08:40:00Z"), LONDON);
    /** Friday 15 October 2021: the U is amended. */
    private static final Clock AMENDED = Clock.fixed(Instant.parse("2021-10-15T10:00:00Z"), LONDON);
    /** Thursday 2 September 2027: the purge, cut-off 1 September 2021 under 6 years. */
    private static final Clock PURGED = Clock.fixed(Instant.parse("2027-09-02T10:00:00Z"), LONDON);

    @TempDir
    Path dir;
    private String db;
    /** The demo school's file with its calendar moved to 2020-21, for recording the 2021 register. */
    private String demo2021;

    @BeforeEach
    void aRegisterOf2021() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path year2021 = Files.createDirectories(dir.resolve("2021")).resolve("demo.toml");
        String text = Files.readString(Path.of(DEMO), StandardCharsets.UTF_8);
        String calendar = text.substring(text.indexOf("[calendar]"), text.indexOf("[[reasons]]"));
        Files.writeString(year2021, text.replace(calendar, """
                [calendar]
                year_starts = 2020-09-01
                year_ends = 2021-07-31

                [[calendar.terms]]
                name = "Autumn term"
                starts = 2020-09-01
                ends = 2020-12-18

                [[calendar.terms]]
                name = "Spring term"
                starts = 2021-01-04
                ends = 2021-03-26

                [[calendar.terms]]
                name = "Summer term"
                starts = 2021-04-12
                ends = 2021-07-21

                """), StandardCharsets.UTF_8);
        demo2021 = year2021.toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D0001,Amy,Amended,5,5B,DEMO0001\n"
                + "D0002,Una,Unamended,5,5B,DEMO0002\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(JULY_2021, "roster", "import", "--school", demo2021, "--db", db,
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        CommandLineRun head = withPins("2468\n", JULY_2021, "staff", "add", "--school", demo2021, "--db", db,
                "--username", "head", "--name", "Sam Head", "--position", "Headteacher", "--role", "administrator");
        assertEquals(0, head.exit(), head.err());
        for (String badge : List.of("DEMO0001", "DEMO0002")) {
            CommandLineRun u = lategate(MARKED, "sign-in", "--school", demo2021, "--db", db, "--badge", printed(badge),
                    "--reason", "overslept");
            assertEquals(0, u.exit(), u.err());
            assertTrue(u.out().contains("U"), u.out());
        }
        CommandLineRun amended = withPins("2468\n", AMENDED, "amend", "pupil", "--school", demo2021, "--db", db,
                "--staff", "head", "--pupil", "D0001", "--date", "2021-07-20", "--register", "AM", "--code", "M",
                "--reason", "hospital letter brought in", "--evidence", "hospital letter seen");
        assertEquals(0, amended.exit(), amended.err());
    }

    private CommandLineRun at(Clock clock, String... args) {
        return lategate(clock, args);
    }

    private CommandLineRun purge(Clock clock, String school) {
        return withPins("2468\n", clock, "purge", "--school", school, "--db", db, "--staff", "head", "--yes");
    }

    @Test
    @DisplayName("a U of 2021-07-20 amended on 2021-10-15 is still in the audit after a purge on 2027-09-02: the "
            + "amendment was made in October, and the 2024 regulations keep an entry 6 years from the date it was "
            + "made; the same U never amended goes")
    void anAmendmentIsAgedByTheDayItWasMade() throws Exception {
        String before = at(PURGED, "audit", "--school", DEMO, "--db", db, "--pupil", "D0001").out();
        assertTrue(before.contains("hospital letter brought in"), before);

        CommandLineRun purge = purge(PURGED, DEMO);
        assertEquals(0, purge.exit(), purge.out() + purge.err());
        assertTrue(purge.out().contains("everything made before 2021-09-01"), purge.out());

        CommandLineRun audit = at(PURGED, "audit", "--school", DEMO, "--db", db, "--pupil", "D0001");
        assertEquals(0, audit.exit(), audit.err());
        assertTrue(audit.out().contains("2021-07-20") && audit.out().contains("hospital letter brought in")
                && audit.out().contains("U") && audit.out().contains("M"), audit.out());
        // The session goes whole or not at all: the original U stays beside its amendment.
        assertEquals(1, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM arrivals WHERE pupil_id = 'D0001'"));
        // The purge did go: the unamended U of the same day was made in July 2021, before the cut-off.
        assertEquals(0, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM arrivals WHERE pupil_id = 'D0002'"));
        assertEquals(0, DatabaseChecksum.count(Path.of(db),
                "SELECT count(*) FROM arrival_reasons r WHERE NOT EXISTS (SELECT 1 FROM arrivals a WHERE a.id = r.arrival_id)"));

        CommandLineRun verify = at(PURGED, "verify", "--school", DEMO, "--db", db);
        assertEquals(0, verify.exit(), "the register's chain holds across the purge: " + verify.out() + verify.err());
    }

    @Test
    @DisplayName("the amended session goes once its amendment is past too: a purge on 2028-09-04 (cut-off "
            + "2022-09-01) removes the U and its amendment together, and verify still passes")
    void theAmendedSessionGoesWholeOnceAllOfItIsPast() throws Exception {
        Clock sept2028 = Clock.fixed(Instant.parse("2028-09-04T10:00:00Z"), LONDON);
        CommandLineRun purge = purge(sept2028, DEMO);
        assertEquals(0, purge.exit(), purge.out() + purge.err());
        CommandLineRun audit = at(sept2028, "audit", "--school", DEMO, "--db", db, "--pupil", "D0001");
        assertEquals(0, audit.exit(), audit.err());
        assertFalse(audit.out().contains("hospital letter brought in"), audit.out());
        assertEquals(0, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM arrivals"));
        assertEquals(0, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM amendments"));
        CommandLineRun verify = at(sept2028, "verify", "--school", DEMO, "--db", db);
        assertEquals(0, verify.exit(), verify.out() + verify.err());
    }

    @Test
    @DisplayName("nothing made less than 6 years ago goes: a purge on 2027-07-19, 6 years less a day after the U "
            + "of 2021-07-20, keeps it (the 2024 regulations: 6 years after the date the entry was made)")
    void nothingYoungerThanSixYearsGoes() throws Exception {
        Clock dayBefore = Clock.fixed(Instant.parse("2027-07-19T10:00:00Z"), LONDON);
        CommandLineRun purge = purge(dayBefore, DEMO);
        assertEquals(0, purge.exit(), purge.out() + purge.err());
        assertEquals(2, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM arrivals"));
        assertEquals(1, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM amendments"));
    }

    private Path demoKeeping(String years) throws Exception {
        String text = Files.readString(Path.of(DEMO), StandardCharsets.UTF_8);
        String line = text.lines().filter(l -> l.startsWith("years = ")).findFirst().orElseThrow();
        Path file = Files.createDirectories(dir.resolve("short")).resolve("demo.toml");
        Files.writeString(file, text.replace(line, "years = " + years), StandardCharsets.UTF_8);
        return file;
    }

    private static int lineOf(Path file, String start) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + file);
    }

    @Test
    @DisplayName("config check: [retention] years = 3 (a policy following the 2006 regulations) is an error at its "
            + "line naming the 2024 regulations, and exit 1; 6 and 7 pass")
    void configCheckRefusesLessThanSixYears() throws Exception {
        Path three = demoKeeping("3");
        CommandLineRun check = lategate("config", "check", three.toString());
        assertEquals(1, check.exit(), check.out() + check.err());
        assertTrue(check.err().contains(three + ":" + lineOf(three, "years = 3") + ": retention.years: 3 years is "
                + "less than the law allows: the School Attendance (Pupil Registration) (England) Regulations 2024"),
                check.err());
        assertFalse(check.err().contains("warning: 3 years"), check.err());
        for (String years : List.of("6", "7")) {
            Path ok = demoKeeping(years);
            CommandLineRun passes = lategate("config", "check", ok.toString());
            assertEquals(0, passes.exit(), years + ": " + passes.err());
            assertFalse(passes.err().contains("retention"), passes.err());
        }
    }

    @Test
    @DisplayName("purge refuses a settings file keeping fewer than 6 years (exit 1, the file and line, the 2024 "
            + "regulations) and changes nothing in the database, dry run or not")
    void purgeRefusesAFileBelowTheLaw() throws Exception {
        Path five = demoKeeping("5");
        String before = DatabaseChecksum.of(Path.of(db));
        for (List<String> how : List.of(List.of("--staff", "head", "--yes"), List.of("--dry-run"))) {
            List<String> args = new ArrayList<>(List.of("purge", "--school", five.toString(), "--db", db));
            args.addAll(how);
            CommandLineRun run = withPins("2468\n", PURGED, args.toArray(String[]::new));
            assertEquals(1, run.exit(), how + ": " + run.out() + run.err());
            assertTrue(run.err().contains(five + ":" + lineOf(five, "years = 5") + ": retention.years: 5 years is less "
                    + "than the law allows"), run.err());
            assertTrue(run.err().contains("Regulations 2024"), run.err());
        }
        assertEquals(before, DatabaseChecksum.of(Path.of(db)), "nothing changed");
    }

    @Test
    @DisplayName("the shipped files keep 6 years, two of them quoting their policy's superseded 3 years "
            + "(Russell §4, Oak Meadow §7), and pass config check")
    void shippedFilesKeepSixYears() throws Exception {
        for (String id : List.of("russell", "oak-meadow")) {
            Path file = Path.of("config", "schools", id + ".toml");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("\nyears = 6 "), id);
            assertTrue(text.contains("3 years is superseded by The School Attendance (Pupil Registration) (England)"),
                    id);
            CommandLineRun check = lategate("config", "check", file.toString());
            assertEquals(0, check.exit(), id + ": " + check.err());
            assertFalse(check.err().contains("retention"), check.err());
        }
    }
}
