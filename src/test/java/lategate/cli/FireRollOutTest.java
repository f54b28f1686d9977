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
import java.util.List;
import lategate.app.movement.FireRollLog;
import lategate.domain.audit.StaffIdentity;
import lategate.store.Database;
import lategate.store.SqliteFireRolls;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lategate roll --out FILE} on a real database: the roll as staff mode prints it, with the ticks
 * a kiosk saved on this file. The receptionist must be able to say at any moment who is on site and who
 * is off (docs/receptionist.md, "The fire roll"; Regulatory Reform (Fire Safety) Order 2005, art 15).
 */
class FireRollOutTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock AFTERNOON = CommandLineRun.MONDAY_AFTERNOON;
    private static final StaffIdentity JO = new StaffIdentity("Jo Bloggs", "Office Manager");

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void school() throws Exception {
        db = dir.resolve("demo.db").toString();
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "D0001,Siobhán,O'Brien,5,5B,DEMO0001\nD0002,Tomás,Nguyễn,5,5B,DEMO0002\n"
                + "D0003,Amelia,Jones,4,4A,DEMO0003\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate("roster", "import", "--school", DEMO, "--db", db, roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        for (String badge : List.of("DEMO0001", "DEMO0002", "DEMO0003")) {
            CommandLineRun in = lategate(AFTERNOON, "sign-in", "--school", DEMO, "--db", db, "--badge",
                    printed(badge), "--at", "2026-11-23T09:30:00");
            assertEquals(0, in.exit(), in.err());
        }
    }

    @Test
    @DisplayName("roll --out writes who is on site, who was ticked found (by whom, when) and who is missing")
    void writesTheRollWithItsTicks() throws Exception {
        try (Database database = Database.open(Path.of(db))) {
            FireRollLog rolls = new SqliteFireRolls(database);
            FireRollLog.Started roll = rolls.start("gate", Instant.parse("2026-11-23T11:00:00Z"), JO);
            rolls.tick(roll.id(), "D0001", true, Instant.parse("2026-11-23T11:02:00Z"), JO);
            rolls.tick(roll.id(), "D0002", true, Instant.parse("2026-11-23T11:03:00Z"), JO);
            rolls.tick(roll.id(), "D0002", false, Instant.parse("2026-11-23T11:04:00Z"), JO); // ticked by mistake
        }
        Path out = dir.resolve("usb").resolve("roll.txt");
        Files.createDirectories(out.getParent());

        CommandLineRun run = lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--out", out.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("3 signed in late and on site, 1 found, 2 missing; 0 off site"), run.out());
        String sheet = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(sheet.startsWith("FIRE ROLL: "), sheet);
        assertTrue(sheet.contains("Roll call started at 11:00 by Jo Bloggs (Office Manager) at kiosk gate"), sheet);
        assertTrue(sheet.contains("Signed in late today and on site (3): found 1, missing 2"), sheet);
        assertTrue(sheet.contains("[x]  5B      Siobhán O'Brien                 in at 09:30  found 11:02 by Jo Bloggs"),
                sheet);
        assertTrue(sheet.contains("[ ]  5B      Tomás Nguyễn                    in at 09:30  MISSING (unticked 11:04 by "
                + "Jo Bloggs)"), sheet);
        assertTrue(sheet.contains("[ ]  4A      Amelia Jones                    in at 09:30  MISSING"), sheet);
        assertTrue(sheet.contains("Off site (0): not in the building"), sheet);
    }

    @Test
    @DisplayName("roll --out --at: the ticks made by then; with no roll call open, everyone is missing")
    void asItStood() throws Exception {
        try (Database database = Database.open(Path.of(db))) {
            FireRollLog rolls = new SqliteFireRolls(database);
            FireRollLog.Started roll = rolls.start("gate", Instant.parse("2026-11-23T11:00:00Z"), JO);
            rolls.tick(roll.id(), "D0001", true, Instant.parse("2026-11-23T11:02:00Z"), JO);
            rolls.close(roll.id(), Instant.parse("2026-11-23T11:30:00Z"), JO);
        }
        Path before = dir.resolve("before.txt");
        Path during = dir.resolve("during.txt");
        Path after = dir.resolve("after.txt");
        assertEquals(0, lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--at", "2026-11-23T11:01:00",
                "--out", before.toString()).exit());
        assertEquals(0, lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--at", "2026-11-23T11:10:00",
                "--out", during.toString()).exit());
        assertEquals(0, lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--out", after.toString()).exit());

        assertTrue(Files.readString(before).contains("found 0, missing 3"), Files.readString(before));
        assertTrue(Files.readString(during).contains("found 1, missing 2"), Files.readString(during));
        String closed = Files.readString(after);
        assertTrue(closed.contains("No roll call open at this time: nobody is ticked"), closed);
        assertFalse(closed.contains("[x]"), closed);
    }

    @Test
    @DisplayName("roll --out to a folder that is not there: exit 1, saying what could not be written")
    void folderMissing() {
        Path out = dir.resolve("no-usb-stick").resolve("roll.txt");
        CommandLineRun run = lategate(AFTERNOON, "roll", "--school", DEMO, "--db", db, "--out", out.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("cannot write the fire roll to " + out), run.err());
    }

    @Test
    @DisplayName("purge: a roll call started and closed before the retention cut-off goes, with its ticks; "
            + "later ones stay (UK GDPR art 5(1)(e), docs/data-protection.md)")
    void purgedWithTheRegister() throws Exception {
        assertEquals(0, CommandLineRun.withPins("2468\n", CommandLineRun.MONDAY_MORNING, "staff", "add", "--school",
                DEMO, "--db", db, "--username", "head", "--name", "Sam Head", "--position", "Headteacher", "--role",
                "administrator").exit());
        try (Database database = Database.open(Path.of(db))) {
            FireRollLog rolls = new SqliteFireRolls(database);
            FireRollLog.Started drill = rolls.start("gate", Instant.parse("2019-10-10T10:00:00Z"), JO);
            rolls.tick(drill.id(), "D0001", true, Instant.parse("2019-10-10T10:02:00Z"), JO);
            rolls.close(drill.id(), Instant.parse("2019-10-10T10:30:00Z"), JO);
            FireRollLog.Started today = rolls.start("gate", Instant.parse("2026-11-23T09:40:00Z"), JO);
            rolls.tick(today.id(), "D0002", true, Instant.parse("2026-11-23T09:41:00Z"), JO);
        }
        CommandLineRun purge = CommandLineRun.withPins("2468\n", CommandLineRun.MONDAY_MORNING, "purge", "--school",
                DEMO, "--db", db, "--staff", "head", "--yes");
        assertEquals(0, purge.exit(), purge.out() + purge.err());
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet r = c.createStatement().executeQuery("SELECT (SELECT count(*) FROM fire_rolls), "
                     + "(SELECT group_concat(pupil_id) FROM fire_roll_ticks)")) {
            assertEquals(1, r.getInt(1), "the 2019 drill is past retention");
            assertEquals("D0002", r.getString(2));
        }
    }
}
