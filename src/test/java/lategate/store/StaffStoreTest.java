package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import lategate.StoreFixture;
import lategate.app.PinHash;
import lategate.app.staff.StaffAdministration;
import lategate.domain.staff.LockoutRule;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staff accounts in the database file: PINs only as hashes, the log append-only, accounts never rewritten. */
class StaffStoreTest {

    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final String PIN = "48213579";

    @TempDir
    Path dir;

    private Path withHeadAndJo() {
        Path file = dir.resolve("test.db");
        try (Database database = StoreFixture.databaseWith(file, "test", List.of())) {
            StaffAdministration admin = new StaffAdministration(new SqliteStaff(database), LockoutRule.DEFAULT);
            StaffMember head = admin.addFirstAdministrator(new StaffMember("head", "Sam Head", "Headteacher",
                    Role.ADMINISTRATOR, false), PIN.toCharArray(), NINE);
            admin.add(head, new StaffMember("jbloggs", "Jo Bloggs", "Office Manager", Role.RECEPTIONIST, false),
                    "97531864".toCharArray(), NINE);
        }
        return file;
    }

    @Test
    @DisplayName("the PIN is never stored: pin_hash is a PBKDF2 hash that matches the PIN and does not contain it")
    void pinNeverInClear() throws Exception {
        Path file = withHeadAndJo();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pin_hash FROM staff WHERE username = 'head'")) {
            assertTrue(r.next());
            String written = r.getString(1);
            assertFalse(written.contains(PIN), written);
            PinHash hash = PinHash.parse(written);
            assertTrue(hash.iterations() >= 100_000, "a slow hash: " + hash);
            assertEquals(16, hash.salt().length);
            assertTrue(hash.matches(PIN.toCharArray()));
            assertFalse(hash.matches("97531864".toCharArray()));
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(PIN), f + " holds the PIN");
            }
        }
    }

    @Test
    @DisplayName("two accounts with the same PIN get different hashes: each has its own salt")
    void saltedPerAccount() throws Exception {
        Path file = dir.resolve("test.db");
        try (Database database = StoreFixture.databaseWith(file, "test", List.of())) {
            SqliteStaff staff = new SqliteStaff(database);
            StaffAdministration admin = new StaffAdministration(staff, LockoutRule.DEFAULT);
            StaffMember head = admin.addFirstAdministrator(new StaffMember("head", "Sam Head", "Headteacher",
                    Role.ADMINISTRATOR, false), "1234".toCharArray(), NINE);
            admin.add(head, new StaffMember("jbloggs", "Jo Bloggs", "Office Manager", Role.RECEPTIONIST, false),
                    "1234".toCharArray(), NINE);
            assertFalse(staff.find("head").get().pin().written().equals(staff.find("jbloggs").get().pin().written()));
        }
    }

    @Test
    @DisplayName("the staff log refuses UPDATE and DELETE, even from another program")
    void logIsAppendOnly() throws Exception {
        Path file = withHeadAndJo();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE staff_events SET done_by = 'someone else'"));
            assertTrue(update.getMessage().contains("the staff log cannot be changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM staff_events"));
            assertTrue(delete.getMessage().contains("the staff log cannot be deleted"), delete.getMessage());
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM staff_events")) {
                assertEquals(2, r.getInt(1));
            }
        }
    }

    @Test
    @DisplayName("an account is never deleted, renamed or given another role; it may be disabled once")
    void accountsOnlyDisabledOrNewPin() throws Exception {
        Path file = withHeadAndJo();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String edit : List.of("DELETE FROM staff WHERE username = 'jbloggs'",
                    "UPDATE staff SET name = 'Someone Else' WHERE username = 'jbloggs'",
                    "UPDATE staff SET position = 'Headteacher' WHERE username = 'jbloggs'",
                    "UPDATE staff SET role = 'administrator' WHERE username = 'jbloggs'",
                    "UPDATE staff SET username = 'jb' WHERE username = 'jbloggs'",
                    "UPDATE staff SET disabled_at = '2026-11-23T09:00:00Z' WHERE username = 'jbloggs'")) {
                assertThrows(SQLException.class, () -> s.executeUpdate(edit), edit);
            }
            s.executeUpdate("UPDATE staff SET disabled_at = '2026-11-23T09:00:00Z', disabled_by = 'head' "
                    + "WHERE username = 'jbloggs'");
            for (String edit : List.of("UPDATE staff SET disabled_at = NULL, disabled_by = NULL WHERE username = 'jbloggs'",
                    "UPDATE staff SET disabled_by = 'other' WHERE username = 'jbloggs'",
                    "UPDATE staff SET pin_hash = 'pbkdf2-sha256$1$a$b' WHERE username = 'jbloggs'")) {
                assertThrows(SQLException.class, () -> s.executeUpdate(edit), edit);
            }
        }
    }

    @Test
    @DisplayName("a database made before staff accounts gains the staff tables when opened, its register kept")
    void migratesAnExistingDatabase() throws Exception {
        Path file = dir.resolve("old.db");
        String v001;
        try (var in = Database.class.getResourceAsStream("migrations/V001__register.sql")) {
            v001 = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.executeUpdate(v001);
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO school (school_id, bound_at) VALUES ('test', '2026-09-01')");
        }
        try (Database database = Database.open(file)) {
            assertTrue(database.schemaVersion() >= 2, "brought up to date: " + database.schemaVersion());
            database.belongsTo("test");
            assertTrue(new SqliteStaff(database).none());
        }
    }
}
