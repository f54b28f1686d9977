package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentence that explains a mark says what happened, never more: an arrival after the time a
 * policy asks for but before the register is taken is on time for the register (2024 Regulations,
 * reg. 10, with the school's own section quoted), and an L inside the grace is after the close.
 * Each test signs a pupil in on a real SQLite file and reads the explanation back.
 */
class ExplanationWordsTest {

    /** Mid-afternoon on Monday 23 November 2026 (GMT): every arrival below is in the past. */
    private static final Clock LATER = Clock.fixed(Instant.parse("2026-11-23T14:30:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private String school(String settings) throws Exception {
        String db = dir.resolve("school.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "P1,Amira,Khan,5,5B,DEMO0001\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate("roster", "import", "--school", settings, "--db", db, roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        return db;
    }

    private String signIn(String settings, String db, String at) {
        CommandLineRun run = lategate(LATER, "sign-in", "--school", settings, "--db", db,
                "--badge", lategate.TestBadges.printed("DEMO0001"), "--at", at, "--json");
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    @Test
    @DisplayName("KTS §4.1: at 09:05 a pupil is on time for the 09:10 register, after the 09:00 the school asks for")
    void afterTheTimeAskedForButBeforeTheRegister() throws Exception {
        String kts = "config/schools/kts.toml";
        String out = signIn(kts, school(kts), "2026-11-23T09:05:00");
        assertTrue(out.contains("\"mark\" : \"on_time\""), out);
        assertTrue(out.contains("on time for the register, after the 09:00 the school asks for "
                + "(Attendance Policy (Pupils) §4.1)"), out);
    }

    @Test
    @DisplayName("KTS §4.1: at 08:55, before the time asked for, the sentence is the plain on-time one")
    void beforeTheTimeAskedFor() throws Exception {
        String kts = "config/schools/kts.toml";
        String out = signIn(kts, school(kts), "2026-11-23T08:55:00");
        assertTrue(out.contains("on time, no late mark"), out);
        assertFalse(out.contains("asks for"), out);
    }

    @Test
    @DisplayName("asked_by later than the register is taken is refused with its line")
    void askedByAfterTakenIsRefused() throws Exception {
        Path settings = dir.resolve("kts.toml");
        Files.writeString(settings, Files.readString(Path.of("config/schools/kts.toml"))
                .replace("asked_by = \"09:00\"", "asked_by = \"09:20\""), StandardCharsets.UTF_8);
        CommandLineRun run = lategate("config", "check", settings.toString());
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("kts.toml:15"), run.err());
        assertTrue(run.err().contains("asked_by must be no later than taken"), run.err());
    }

    @Test
    @DisplayName("a bank holiday outside term is named as one: Boxing Day (in lieu), Monday 28 December 2026")
    void bankHolidayOutsideTermIsNamed() throws Exception {
        String kts = "config/schools/kts.toml";
        String db = school(kts);
        CommandLineRun run = lategate(Clock.fixed(Instant.parse("2027-01-10T12:00:00Z"), ZoneId.of("Europe/London")),
                "sign-in", "--school", kts, "--db", db, "--badge", lategate.TestBadges.printed("DEMO0001"),
                "--at", "2026-12-28T09:20:00", "--json");
        assertTrue(run.out().contains("Monday 28 December 2026 is not a school day (Boxing Day (in lieu), a bank "
                + "holiday, in the school holiday outside term time)"), run.out() + run.err());
        CommandLineRun ordinary = lategate("explain", "--school", kts, "--at", "2026-12-30T09:20:00");
        assertTrue(ordinary.out().contains("(school holiday, outside term time)"), ordinary.out());
    }

    /** The demo school's times (taken 08:45, closes 09:10) with 5 minutes' grace. */
    private String graceSchool() throws Exception {
        Path settings = dir.resolve("demo.toml");
        String text = Files.readString(Path.of("config/schools/demo.toml"));
        assertTrue(text.contains("grace_after_close_minutes = 0"));
        Files.writeString(settings, text.replace("grace_after_close_minutes = 0", "grace_after_close_minutes = 5"),
                StandardCharsets.UTF_8);
        return settings.toString();
    }

    @Test
    @DisplayName("with grace, an L at 09:12 is after the 09:10 close, within the grace: never 'before it closed'")
    void lateInsideTheGraceIsAfterTheClose() throws Exception {
        String settings = graceSchool();
        String out = signIn(settings, school(settings), "2026-11-23T09:12:00");
        assertTrue(out.contains("\"mark\" : \"L\""), out);
        assertFalse(out.contains("before it closed"), out);
        assertTrue(out.contains("after it closed at 09:10 but within the 5 minutes' grace until 09:15"), out);
    }

    @Test
    @DisplayName("with grace, an L at 09:05 is before the close, and the grace is not mentioned")
    void lateBeforeTheCloseWithGrace() throws Exception {
        String settings = graceSchool();
        String out = signIn(settings, school(settings), "2026-11-23T09:05:00");
        assertTrue(out.contains("before it closed at 09:10"), out);
        assertFalse(out.contains("grace"), out);
    }

    @Test
    @DisplayName("with grace, a U at 09:15 is after the close and after the grace had ended")
    void unauthorisedAfterTheGrace() throws Exception {
        String settings = graceSchool();
        String out = signIn(settings, school(settings), "2026-11-23T09:15:00");
        assertTrue(out.contains("\"mark\" : \"U\""), out);
        assertTrue(out.contains("after it closed at 09:10 and after the 5 minutes' grace until 09:15 had ended"), out);
    }
}
