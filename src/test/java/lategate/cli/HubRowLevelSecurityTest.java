package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.HubFixture.TUESDAY_EVENING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import lategate.HubServer;
import lategate.app.sync.OutboxEntry;
import lategate.app.sync.SyncFailure;
import lategate.app.sync.SyncTarget;
import lategate.store.Database;
import lategate.store.SqliteOutbox;
import lategate.sync.hub.SyncTargets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may do what on the hub, enforced by PostgreSQL itself (row-level security and grants), not by
 * lategate: a school's role reads only its own school's rows and writes none itself (it delivers its
 * own school's summaries through the hub's functions), whatever SQL it sends; a reader
 * reads every school and writes none; the IT person's commands never touch a role lategate did
 * not make, and refusals are explained without a password.
 */
@Tag("attack")
class HubRowLevelSecurityTest {

    @TempDir
    Path dir;
    private HubFixture hub;
    private Path demoPassword;
    private Path russellPassword;
    private HubFixture.Kiosk demo;
    private HubFixture.Kiosk russell;

    @BeforeEach
    void twoSchools() {
        hub = new HubFixture(dir);
        demoPassword = hub.addSchool("demo", "kiosk_demo");
        russellPassword = hub.addSchool("russell", "kiosk_russell");
        demo = HubFixture.kiosk(dir, "demo-gate", "demo", demoPassword, HubFixture.ROSTER);
        demo.scan("DEMO0001", "2026-11-23T08:55:00");
        russell = HubFixture.kiosk(dir, "russell-gate", "russell", russellPassword, HubFixture.RUSSELL_ROSTER);
        russell.scan("RUS0001", "2026-11-23T09:12:00");
    }

    private Connection as(String role, Path passwordFile) throws Exception {
        return hub.server.connect(hub.database, role, Files.readString(passwordFile).strip());
    }

    @Test
    @DisplayName("a school's credential cannot send another school's summaries: the hub refuses, and says so")
    void schoolCannotWriteAnotherSchoolsRows() throws Exception {
        HubFixture.Kiosk misconfigured = HubFixture.kiosk(dir, "russell-with-demo-credential", "russell", demoPassword,
                HubFixture.RUSSELL_ROSTER);
        misconfigured.scan("RUS0001", "2026-11-23T09:12:00");
        CommandLineRun run = misconfigured.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("the credential 'kiosk_demo' may write only school 'demo''s rows "
                + "(row-level security: new row violates row-level security policy"), run.err());
        assertTrue(run.err().contains("1 summary waits in the outbox"), run.err());

        // The summaries themselves, not only the settings sent first, are refused by the server.
        try (Database database = Database.open(Path.of(misconfigured.db()));
             SyncTarget target = SyncTargets.open(hub.address("kiosk_demo"), Optional.of(demoPassword))) {
            OutboxEntry entry = new SqliteOutbox(database).all().get(0);
            SyncFailure refused = assertThrows(SyncFailure.class, () -> target.deliver(entry));
            assertTrue(refused.getMessage().startsWith("the hub refused russell / russell-with-demo-credential / "
                    + "2026-11-23 version 1: the credential 'kiosk_demo' may write only school 'demo''s rows "
                    + "(row-level security: new row violates row-level security policy for table \"summaries\")"),
                    refused.getMessage());
        }
        assertEquals(List.of("count=0"), hub.query("SELECT count(*) FROM hub.summaries WHERE school_id = 'russell'"));
    }

    @Test
    @DisplayName("whatever SQL a school's role sends, it sees only its own school's rows and changes none")
    void rowLevelSecurityHoldsForAnySql() throws Exception {
        assertEquals(0, demo.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        assertEquals(0, russell.sync(TUESDAY_EVENING, hub.address("kiosk_russell")).exit());
        try (Connection c = as("kiosk_demo", demoPassword); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT string_agg(DISTINCT school_id, ',') FROM hub.marks")) {
                r.next();
                assertEquals("demo", r.getString(1), "russell's marks are invisible to demo's role");
            }
            SQLException insert = assertThrows(SQLException.class, () -> s.executeUpdate("INSERT INTO hub.marks "
                    + "(school_id, school_date, pupil_id, register, code, repeats) "
                    + "VALUES ('russell', '2026-11-23', 'R1', 'AM', 'U', 0)"));
            assertEquals("42501", insert.getSQLState());
            assertTrue(insert.getMessage().contains("permission denied for table marks"), insert.getMessage());
            SQLException delete = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM hub.marks WHERE school_id = 'russell'"));
            assertEquals("42501", delete.getSQLState());
            SQLException rename = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE hub.pupils SET given_name = 'X' WHERE school_id = 'russell'"));
            assertEquals("42501", rename.getSQLState());
            SQLException rewrite = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE hub.summaries SET sha256 = sha256"));
            assertEquals("42501", rewrite.getSQLState(), "a summary is never changed, not even a school's own");
            SQLException mapping = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO hub.school_roles (role_name, school_id) VALUES ('kiosk_demo2', 'russell')"));
            assertEquals("42501", mapping.getSQLState());
        }
        assertEquals(List.of("school_id=demo, count=1", "school_id=russell, count=1"),
                hub.query("SELECT school_id, count(*) FROM hub.marks GROUP BY 1 ORDER BY 1"));
        assertEquals(List.of("given_name=Ava"), hub.query("SELECT given_name FROM hub.pupils WHERE school_id = "
                + "'russell'"));
    }

    @Test
    @DisplayName("a reader made by hub add-reader reads every school's rows and writes none")
    void readerReadsEverySchool() throws Exception {
        assertEquals(0, demo.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        assertEquals(0, russell.sync(TUESDAY_EVENING, hub.address("kiosk_russell")).exit());
        Path password = HubServer.passwordFile(dir, "trust_reports", "reports-password-for-tests");
        CommandLineRun add = lategate("hub", "add-reader", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--role", "trust_reports", "--password-file", password.toString());
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("Made the role 'trust_reports': it reads every school's rows"), add.out());
        try (Connection c = as("trust_reports", password); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT string_agg(DISTINCT school_id, ',' ORDER BY school_id) "
                    + "FROM hub.marks")) {
                r.next();
                assertEquals("demo,russell", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM hub.school_settings")) {
                r.next();
                assertEquals(2, r.getInt(1), "reports read each school's calendar");
            }
            SQLException write = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM hub.marks WHERE school_id = 'demo'"));
            assertEquals("42501", write.getSQLState());
        }
    }

    @Test
    @DisplayName("add-school never changes a role lategate did not make for a school, such as the admin")
    void addSchoolLeavesOtherRolesAlone() throws Exception {
        Path password = HubServer.passwordFile(dir, "takeover", "an-attempt-to-take-over");
        CommandLineRun run = lategate("hub", "add-school", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--school", "demo", "--role", HubServer.ADMIN, "--password-file",
                password.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("the role 'lategate_admin' already exists on the hub's server and is not a "
                + "school's role made by lategate: nothing was changed"), run.err());
        try (Connection still = hub.server.admin(hub.database)) {
            assertTrue(still.isValid(2), "the admin's password is unchanged");
        }
        CommandLineRun other = lategate("hub", "add-school", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--school", "russell", "--role", "kiosk_demo", "--password-file",
                password.toString());
        assertEquals(1, other.exit());
        assertTrue(other.err().contains("the role 'kiosk_demo' already writes for school 'demo': a role writes for "
                + "one school only"), other.err());
        CommandLineRun again = lategate("hub", "add-school", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--school", "demo", "--role", "kiosk_demo", "--password-file",
                password.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Gave the role 'kiosk_demo' a new password"), again.out());
        try (Connection c = as("kiosk_demo", password)) {
            assertTrue(c.isValid(2));
        }
    }

    @Test
    @DisplayName("hub init run again changes nothing; run as a school's role or with a wrong password it is refused "
            + "with a message that holds no password")
    void initIsForTheAdmin() throws Exception {
        CommandLineRun again = lategate("hub", "init", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("The hub's schema is up to date (version 5): nothing to do."), again.out());

        String fresh = hub.server.newDatabase("fresh");
        CommandLineRun asSchool = lategate("hub", "init", "--hub", hub.server.address("kiosk_demo", fresh),
                "--hub-password-file", demoPassword.toString());
        assertEquals(1, asSchool.exit());
        assertTrue(asSchool.err().contains("the credential 'kiosk_demo' cannot make the hub's schema in '" + fresh
                + "'"), asSchool.err());

        Path wrong = HubServer.passwordFile(dir, "wrong-admin", "Wr0ng-admin-password");
        CommandLineRun refused = lategate("hub", "init", "--hub", hub.adminAddress(), "--hub-password-file",
                wrong.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("refused the credential of 'lategate_admin' (the password in " + wrong
                + " is not that role's password"), refused.err());
        assertFalse(refused.err().contains("Wr0ng-admin-password"), refused.err());

        assertEquals(2, lategate("hub").exit(), "hub alone is a usage error");
    }
}
