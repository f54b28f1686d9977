package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code amend late-bus} says who it changes, by name and class, and with {@code --dry-run} who it
 * would change, writing nothing; pupils can be named instead of a kiosk and times. Every amendment
 * keeps the original entry, with the reason, the date and who made it (Oak Meadow §7, PSA §H,
 * KTS §4.1; the 2024 regulations), so a preview must leave the file exactly as it was.
 */
class LateBusPreviewTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneId.of("Europe/London"));
    private static final String DAY = "2026-11-23";

    @TempDir
    Path dir;
    private String school;
    private String db;

    /** Oliver Brown (RB, L) and Zoë Wilson (RB, U) off the bus at the gate; Mei Nguyễn (RO, U) late at reception. */
    @BeforeEach
    void aLateBus() {
        CommandLineRun demo = lategate(MONDAY, "demo", "--data", dir.resolve("demo").toString(), "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        school = dir.resolve("demo/demo.toml").toString();
        db = dir.resolve("demo/demo.db").toString();
        signIn("DEMO0002", "09:06:00", "gate");
        signIn("DEMO0003", "09:12:00", "gate");
        signIn("DEMO0027", "09:14:00", "reception");
        signIn("DEMO0001", "08:40:00", "gate"); // on time: never on a late bus
    }

    private void signIn(String badge, String time, String kiosk) {
        CommandLineRun run = run("sign-in", "--badge", printed(badge), "--at", DAY + "T" + time, "--kiosk-id", kiosk);
        assertEquals(0, run.exit(), run.err());
    }

    private CommandLineRun run(String... args) {
        return lategate(MONDAY, onTheDemo(args));
    }

    /** As the demo's receptionist, Pat Reed, PIN on standard input. */
    private CommandLineRun asPat(String... args) {
        List<String> all = new ArrayList<>(List.of(onTheDemo(args)));
        all.addAll(List.of("--staff", "office"));
        return withPins("1234\n", MONDAY, all.toArray(String[]::new));
    }

    private String[] onTheDemo(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", school, "--db", db));
        return all.toArray(String[]::new);
    }

    /** Every row of every table, so a preview that wrote anything at all shows. */
    private String everything() throws Exception {
        StringBuilder dump = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet r = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (r.next()) {
                    tables.add(r.getString(1));
                }
            }
            for (String table : tables) {
                dump.append("== ").append(table).append('\n');
                try (ResultSet r = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            dump.append(r.getString(i)).append('|');
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }

    @Test
    @DisplayName("--dry-run by kiosk and times lists who would change by name and class, asks no PIN and writes nothing")
    void dryRunWritesNothing() throws Exception {
        String before = everything();
        CommandLineRun preview = run("amend", "late-bus", "--date", DAY, "--kiosk", "gate", "--from", "09:05",
                "--to", "09:20", "--late-reason", "Late bus", "--reason", "bus company confirmed the delay",
                "--dry-run");
        assertEquals(0, preview.exit(), preview.err());
        assertTrue(preview.out().contains("Would amend D0002 Oliver Brown (RB), morning register of " + DAY
                + ": L -> L, late reason 'Late bus'."), preview.out());
        assertTrue(preview.out().contains("Would amend D0003 Zoë Wilson (RB)"), preview.out());
        assertFalse(preview.out().contains("Nguyễn"), "another kiosk's late arrival is not on this bus");
        assertTrue(preview.out().contains("2 entries would be amended; nothing was written (dry run)."),
                preview.out());
        assertEquals(before, everything(), "a dry run leaves every table as it was");

        CommandLineRun done = asPat("amend", "late-bus", "--date", DAY, "--kiosk", "gate", "--from", "09:05",
                "--to", "09:20", "--late-reason", "Late bus", "--reason", "bus company confirmed the delay");
        assertEquals(0, done.exit(), done.err());
        assertTrue(done.out().contains("Amended D0002 Oliver Brown (RB), morning register of " + DAY
                + ": L -> L, late reason 'Late bus'; by Pat Reed (Receptionist)."), done.out());
        assertTrue(done.out().contains("Amended D0003 Zoë Wilson (RB)"), done.out());
        assertTrue(done.out().contains("2 entries amended; the originals are kept."), done.out());
        assertFalse(before.equals(everything()));
    }

    @Test
    @DisplayName("--pupil by name, accents or not, picks that pupil's late arrival; the preview and the amendment name them")
    void pupilsByName() throws Exception {
        String before = everything();
        CommandLineRun preview = run("amend", "late-bus", "--date", DAY, "--pupil", "Mei Nguyễn", "--pupil",
                "zoe wilson", "--late-reason", "Late bus", "--reason", "bus company", "--dry-run");
        assertEquals(0, preview.exit(), preview.err());
        assertTrue(preview.out().contains("Would amend D0027 Mei Nguyễn (RO), morning register"), preview.out());
        assertTrue(preview.out().contains("Would amend D0003 Zoë Wilson (RB), morning register"), preview.out());
        assertEquals(before, everything());

        CommandLineRun done = asPat("amend", "late-bus", "--date", DAY, "--pupil", "Mei Nguyễn", "--pupil", "D0027",
                "--late-reason", "Late bus", "--reason", "bus company");
        assertEquals(0, done.exit(), done.err());
        assertTrue(done.out().contains("Amended D0027 Mei Nguyễn (RO)"), done.out());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery("SELECT count(*) FROM amendments WHERE pupil_id = "
                     + "'D0027' AND late_reason = 'Late bus' AND batch_id IS NOT NULL")) {
            assertEquals(1, r.getLong(1), "one audit entry, in a batch as a late bus, for a pupil named twice");
        }
    }

    @Test
    @DisplayName("a named pupil with no late arrival is told as that: by id, with what they do have that day, not 'no morning entry'")
    void namedPupilWithoutALateArrival() throws Exception {
        String before = everything();
        CommandLineRun onTime = run("amend", "late-bus", "--date", DAY, "--pupil", "Amelia Jones", "--late-reason",
                "Late bus", "--reason", "bus company", "--dry-run");
        assertEquals(1, onTime.exit(), onTime.out());
        assertTrue(onTime.err().contains("D0001 has no late arrival on " + DAY + " to amend: their entries that day "
                + "are morning /"), onTime.err());
        assertFalse(onTime.err().contains("Amelia"), "names stay off standard error");
        CommandLineRun nothing = run("amend", "late-bus", "--date", DAY, "--pupil", "Muhammad Walker",
                "--late-reason", "Late bus", "--reason", "bus company", "--dry-run");
        assertEquals(1, nothing.exit());
        assertTrue(nothing.err().contains("D0004 has no late arrival on " + DAY + " to amend: lategate has nothing "
                + "recorded for them that day"), nothing.err());
        CommandLineRun wrongRegister = asPat("amend", "pupil", "--pupil", "Mei Nguyễn", "--date", DAY, "--register",
                "PM", "--late-reason", "Late bus", "--reason", "bus company");
        assertEquals(1, wrongRegister.exit());
        assertTrue(wrongRegister.err().contains("D0027 has no afternoon entry on " + DAY + " to amend: their entries "
                + "that day are morning U"), wrongRegister.err());
        assertEquals(before, everything(), "nothing was written, and no PIN was spent on a pupil who cannot be amended");
    }

    @Test
    @DisplayName("late-bus takes a kiosk with both times, or pupils: neither, or both, is a usage error (exit 2)")
    void eitherAWindowOrPupils() {
        assertEquals(2, run("amend", "late-bus", "--date", DAY, "--late-reason", "Late bus", "--reason", "x",
                "--dry-run").exit());
        assertEquals(2, run("amend", "late-bus", "--date", DAY, "--kiosk", "gate", "--from", "09:05", "--late-reason",
                "Late bus", "--reason", "x", "--dry-run").exit());
        assertEquals(2, run("amend", "late-bus", "--date", DAY, "--kiosk", "gate", "--from", "09:05", "--to", "09:20",
                "--pupil", "D0002", "--late-reason", "Late bus", "--reason", "x", "--dry-run").exit());
    }
}
