package lategate.cli;

import static lategate.TestBadges.printed;
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
import java.util.ArrayList;
import java.util.List;
import lategate.DatabaseChecksum;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seagrave §8: "If a pupil is habitually arriving at school just before the 9.00 cut-off, the School
 * have the right to amend the cut-off point for that pupil as a measure to help improve punctuality
 * and attendance." That reads either way, so an earlier close for one pupil is allowed only where the
 * school's settings say {@code [cutoffs] earlier_allowed = true} (Seagrave ships it, school to
 * confirm); a later one is always allowed. Through {@code cutoff add} on a real SQLite file.
 */
class PupilsEarlierCutOffTest {

    private static final Path SEAGRAVE = Path.of("config", "schools", "seagrave.toml");
    private static final Path DEMO = Path.of("config", "schools", "demo.toml");
    /** 12:00 on Monday 23 November 2026: the morning register (08:45 to 09:00 at Seagrave) is over. */
    private static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    private String school(Path settings) throws Exception {
        String db = dir.resolve(settings.getFileName() + "-" + settings.hashCode() + ".db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "P1,Ellie,Early,4,4S,SG0001\n"
                + "P2,Oscar,Other,4,4S,SG0002\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(NOON, "roster", "import", "--school", settings.toString(), "--db", db,
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        return db;
    }

    private CommandLineRun cutOff(Path settings, String db, String closes) {
        return lategate(NOON, "cutoff", "add", "--school", settings.toString(), "--db", db, "--pupil", "P1",
                "--register", "AM", "--closes", closes, "--from", "2026-11-16", "--reason",
                "habitually arrives just before 9.00", "--by", "J Smith, Attendance Lead");
    }

    private Path seagraveWith(String from, String to) throws Exception {
        String text = Files.readString(SEAGRAVE, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), from);
        Path file = Files.createDirectories(dir.resolve("edited-" + Math.abs(to.hashCode()))).resolve("seagrave.toml");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        return file;
    }

    private String markAt(Path settings, String db, String badge, String at) {
        List<String> args = new ArrayList<>(List.of("sign-in", "--school", settings.toString(), "--db", db, "--badge",
                printed(badge), "--at", at, "--json"));
        CommandLineRun run = lategate(NOON, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    @Test
    @DisplayName("Seagrave §8 (earlier_allowed = true): a pupil's cut-off at 08:55 is recorded, and that pupil is "
            + "U at 08:57 while every other pupil is still L until 09:00")
    void earlierCutOffWhereTheSettingsAllowIt() throws Exception {
        String db = school(SEAGRAVE);
        CommandLineRun added = cutOff(SEAGRAVE, db, "08:55");
        assertEquals(0, added.exit(), added.out() + added.err());
        assertTrue(added.out().contains("is U for the morning register only from 08:55"), added.out());
        String early = markAt(SEAGRAVE, db, "SG0001", "2026-11-23T08:57:00");
        assertTrue(early.contains("\"mark\" : \"U\""), early);
        assertTrue(early.contains("own cut-off at 08:55"), early);
        String other = markAt(SEAGRAVE, db, "SG0002", "2026-11-23T08:57:00");
        assertTrue(other.contains("\"mark\" : \"L\""), other);
    }

    @Test
    @DisplayName("without [cutoffs] earlier_allowed = true an earlier cut-off is refused (exit 1), naming the setting "
            + "that allows it and the policy section, and nothing is recorded; a later one is still recorded")
    void earlierCutOffRefusedWithoutTheSetting() throws Exception {
        Path laterOnly = seagraveWith("earlier_allowed = true ", "earlier_allowed = false");
        String db = school(laterOnly);
        String before = DatabaseChecksum.of(Path.of(db));
        CommandLineRun refused = cutOff(laterOnly, db, "08:55");
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("a pupil's cut-off at 08:55 is earlier than the morning register's own close "
                + "at 09:00: an earlier close for one pupil is allowed only where the school's settings say [cutoffs] "
                + "earlier_allowed = true (Attendance Policy §8)"), refused.err());
        assertEquals(before, DatabaseChecksum.of(Path.of(db)), "nothing recorded");
        CommandLineRun later = cutOff(laterOnly, db, "09:20");
        assertEquals(0, later.exit(), later.out() + later.err());
    }

    @Test
    @DisplayName("a school with no [cutoffs] table (the demo) allows later cut-offs only, and says which setting "
            + "would allow an earlier one")
    void noCutOffsTableMeansLaterOnly() throws Exception {
        Path demo = DEMO;
        String db = school(demo);
        CommandLineRun refused = cutOff(demo, db, "09:05");
        assertEquals(1, refused.exit(), refused.out() + refused.err());
        assertTrue(refused.err().contains("allowed only where the school's settings say [cutoffs] earlier_allowed = "
                + "true (the school's policy)"), refused.err());
        assertEquals(0, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM pupil_cutoffs"));
    }

    @Test
    @DisplayName("even where allowed, an earlier cut-off must close after the register is taken (08:45 at "
            + "Seagrave, §7.1), and the register's own close is no cut-off at all")
    void earlierCutOffStillAfterTheRegisterIsTaken() throws Exception {
        String db = school(SEAGRAVE);
        CommandLineRun atTaken = cutOff(SEAGRAVE, db, "08:45");
        assertEquals(1, atTaken.exit(), atTaken.out() + atTaken.err());
        assertTrue(atTaken.err().contains("must be after the morning register is taken at 08:45"), atTaken.err());
        CommandLineRun same = cutOff(SEAGRAVE, db, "09:00");
        assertEquals(1, same.exit(), same.out() + same.err());
        assertTrue(same.err().contains("the morning register's own close"), same.err());
        assertEquals(0, DatabaseChecksum.count(Path.of(db), "SELECT count(*) FROM pupil_cutoffs"));
    }

    @Test
    @DisplayName("the shipped Seagrave file allows an earlier cut-off, quoting §8, for the school to confirm")
    void seagraveShipsTheSetting() throws Exception {
        String text = Files.readString(SEAGRAVE, StandardCharsets.UTF_8);
        String line = text.lines().filter(l -> l.startsWith("earlier_allowed")).findFirst().orElseThrow();
        assertTrue(line.startsWith("earlier_allowed = true") && line.contains("§8") && line.contains("school to confirm"),
                line);
        assertTrue(text.contains("to help improve punctuality"));
        assertFalse(Files.readString(DEMO).contains("[cutoffs]"));
    }
}
