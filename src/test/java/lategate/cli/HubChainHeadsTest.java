package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.HubFixture.TUESDAY_EVENING;
import static lategate.cli.HubFixture.WEDNESDAY_EVENING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import lategate.HubServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub keeps each school's register chain heads by day, so a history rewritten on the kiosk
 * after a head was sent shows there (docs/tamper-evidence.md, "The hub").
 */
@Tag("attack")
class HubChainHeadsTest {

    @TempDir
    Path dir;
    private HubFixture hub;
    private HubFixture.Kiosk demo;
    private Path readerPassword;
    /** The kiosk's chain head when Monday's summary was made and sent: "seq hash". */
    private String mondayHead;

    @BeforeEach
    void aKioskThatSyncedMonday() throws SQLException {
        hub = new HubFixture(dir);
        Path demoPassword = hub.addSchool("demo", "kiosk_demo");
        readerPassword = HubServer.passwordFile(dir, "chain_reader", "chain-reader-password-for-tests");
        CommandLineRun add = lategate("hub", "add-reader", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--role", "chain_reader", "--password-file", readerPassword.toString());
        assertEquals(0, add.exit(), add.err());
        demo = HubFixture.kiosk(dir, "demo-gate", "demo", demoPassword, HubFixture.ROSTER);
        demo.scan("DEMO0001", "2026-11-23T08:55:00");
        mondayHead = kioskHead();
        sync(TUESDAY_EVENING);
    }

    private void sync(java.time.Clock clock) {
        CommandLineRun sync = demo.sync(clock, hub.address("kiosk_demo"));
        assertEquals(0, sync.exit(), sync.err());
    }

    private CommandLineRun chains(String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("hub", "chains", "--hub", hub.address("chain_reader"),
                "--hub-password-file", readerPassword.toString()));
        args.addAll(List.of(more));
        return lategate(WEDNESDAY_EVENING, args.toArray(String[]::new));
    }

    private Connection kioskFile() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + demo.db());
    }

    private String kioskHead() throws SQLException {
        try (Connection c = kioskFile(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq || ' ' || chain_hash FROM register_chain ORDER BY seq DESC LIMIT 1")) {
            r.next();
            return r.getString(1);
        }
    }

    private String kioskFirst() throws SQLException {
        try (Connection c = kioskFile(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT chain_hash FROM register_chain WHERE seq = 1")) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    @DisplayName("each summary carries the register chain's head, the hub keeps it per day, and the next summary "
            + "quotes the one before; hub chains lists them with exit 0, for readers only")
    void headsByDay() throws Exception {
        demo.scan(WEDNESDAY_EVENING, "DEMO0002", "2026-11-25T09:00:00");
        String wednesdayHead = kioskHead();
        sync(WEDNESDAY_EVENING);

        String first = kioskFirst();
        assertEquals(List.of(
                "school_date=2026-11-23, kiosk_id=demo-gate, head=" + mondayHead + ", first=" + first + ", earlier=null",
                "school_date=2026-11-25, kiosk_id=demo-gate, head=" + wednesdayHead + ", first=" + first
                        + ", earlier=" + mondayHead),
                hub.query("SELECT school_date, kiosk_id, seq || ' ' || hash AS head, first, "
                        + "earlier_seq || ' ' || earlier_hash AS earlier FROM hub.chain_heads ORDER BY received_seq"));
        assertEquals(List.of(), hub.query("SELECT * FROM hub.chain_rewrites"));

        CommandLineRun chains = chains();
        assertEquals(0, chains.exit(), chains.err());
        assertTrue(chains.out().contains("== demo ==\n  2026-11-23  demo-gate  version 1  entry "
                + mondayHead.replace(" ", "  ") + "\n  2026-11-25  demo-gate  version 1  entry "
                + wednesdayHead.replace(" ", "  ") + "\n"), chains.out());
        assertTrue(chains.out().contains("No register's history was rewritten"), chains.out());

        CommandLineRun asSchool = lategate(WEDNESDAY_EVENING, "hub", "chains", "--hub", hub.address("kiosk_demo"),
                "--hub-password-file", dir.resolve("kiosk_demo.password").toString());
        assertEquals(1, asSchool.exit(), asSchool.out());
        assertTrue(asSchool.err().contains("may not read the hub"), asSchool.err());
    }

    @Test
    @DisplayName("a register whose chain was recomputed after a head was sent is reported by hub chains, exit 1")
    void rewrittenHistory() throws Exception {
        long mondaySeq = Long.parseLong(mondayHead.split(" ")[0]);
        String forged = "f".repeat(64);
        try (Connection c = kioskFile(); Statement s = c.createStatement()) {
            s.executeUpdate("DROP TRIGGER register_chain_no_update");
            s.executeUpdate("UPDATE register_chain SET chain_hash = '" + forged + "' WHERE seq = " + mondaySeq);
        }
        demo.scan(WEDNESDAY_EVENING, "DEMO0002", "2026-11-25T09:00:00");
        sync(WEDNESDAY_EVENING);

        CommandLineRun chains = chains("--school", "demo");
        assertEquals(1, chains.exit(), chains.out());
        assertTrue(chains.out().contains("REWRITTEN: school demo: the register's history was rewritten after "
                + "2026-11-23: at chain entry " + mondaySeq + " the hub holds " + mondayHead.split(" ")[1]
                + " (received "), chains.out());
        assertTrue(chains.out().contains("the kiosk now says " + forged + " (kiosk demo-gate's summary of 2026-11-25, "
                + "version 1"), chains.out());

        CommandLineRun json = chains("--json");
        assertEquals(1, json.exit(), json.out());
        assertTrue(json.out().contains("\"rewritten\" : true"), json.out());
        assertTrue(json.out().contains("\"said_hash\" : \"" + forged + "\""), json.out());
    }

    @Test
    @DisplayName("a chain head that moved is no new version of a day whose entries are unchanged")
    void headAloneMakesNoVersion() throws Exception {
        demo.scan(WEDNESDAY_EVENING, "DEMO0002", "2026-11-25T09:00:00");
        assertTrue(!kioskHead().equals(mondayHead), "the head moved");
        CommandLineRun make = lategate(WEDNESDAY_EVENING, "summary", "make", "--school", demo.settings(), "--db",
                demo.db(), "--date", "2026-11-23");
        assertEquals(0, make.exit(), make.err());
        assertTrue(make.out().contains("The summary of 2026-11-23 is unchanged: version 1"), make.out());
        sync(WEDNESDAY_EVENING);
        assertEquals(List.of("school_date=2026-11-23, version=1", "school_date=2026-11-25, version=1"),
                hub.query("SELECT school_date, version FROM hub.summaries ORDER BY 1, 2"));
    }
}
