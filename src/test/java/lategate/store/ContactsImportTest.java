package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Contacts in the database: each import replaces the family's list, and the log keeps when. */
class ContactsImportTest {

    private static final Instant MONDAY = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-11-24T08:00:00Z");

    @TempDir
    Path dir;
    private Path file;

    private final AuthorisedAdult mother = new AuthorisedAdult("P1", "Zoë O'Neill", "mother", true,
            Optional.of("07700 900123"));
    private final AuthorisedAdult grandmother = new AuthorisedAdult("P2", "Nguyễn Thị Lan", "grandmother", false,
            Optional.empty());

    @BeforeEach
    void roster() {
        file = dir.resolve("x.db");
        StoreFixture.databaseWith(file, "seagrave", List.of(
                StoreFixture.pupil("P1", "Amelia", "O'Neill", "4B", "B001"),
                StoreFixture.pupil("P2", "Oliver", "Nguyễn", "5A", "B002"))).close();
    }

    @Test
    @DisplayName("Zoë O'Neill and Nguyễn come back exactly as they went in, in the family's order")
    void namesRoundTrip() {
        AuthorisedAdult father = new AuthorisedAdult("P1", "Seán O'Neill", "father", false,
                Optional.of("+44 (0)161 496 0000"));
        try (Database database = Database.open(file)) {
            SqliteContacts contacts = new SqliteContacts(database);
            contacts.importContacts(List.of(mother, grandmother, father), MONDAY, "contacts.csv", "abc");
            assertEquals(List.of(mother, father), contacts.of("P1"));
            assertEquals(List.of(grandmother), contacts.of("P2"));
            assertEquals(List.of(), contacts.of("P3"));
        }
    }

    @Test
    @DisplayName("importing again replaces the whole list, and both imports stay in the log")
    void reimportReplaces() throws Exception {
        AuthorisedAdult stepfather = new AuthorisedAdult("P1", "Tom Reid", "stepfather", true,
                Optional.of("07700 900999"));
        try (Database database = Database.open(file)) {
            SqliteContacts contacts = new SqliteContacts(database);
            assertEquals(new SqliteContacts.Imported(2, 1, 2, 0),
                    contacts.importContacts(List.of(mother, grandmother), MONDAY, "contacts.csv", "abc"));
            assertEquals(new SqliteContacts.Imported(1, 1, 1, 2),
                    contacts.importContacts(List.of(stepfather), TUESDAY, "contacts-new.csv", "def"));
            assertEquals(List.of(stepfather), contacts.of("P1"));
            assertEquals(List.of(), contacts.of("P2"), "the grandmother is no longer listed");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet r = c.createStatement().executeQuery(
                     "SELECT imported_at, source_name, sha256, replaced FROM contact_imports ORDER BY id")) {
            assertTrue(r.next());
            assertEquals(List.of(MONDAY.toString(), "contacts.csv", "abc", "0"), row(r));
            assertTrue(r.next());
            assertEquals(List.of(TUESDAY.toString(), "contacts-new.csv", "def", "2"), row(r));
        }
    }

    @Test
    @DisplayName("a contact for a pupil not on roll, unknown or a leaver, is refused and nothing changes")
    void pupilsNotOnRollRefused() {
        try (Database database = Database.open(file)) {
            SqliteContacts contacts = new SqliteContacts(database);
            contacts.importContacts(List.of(mother), MONDAY, "contacts.csv", "abc");
            // P2 leaves
            new SqlitePupils(database).importRoster(List.of(StoreFixture.pupil("P1", "Amelia", "O'Neill", "4B",
                    "B001")), LocalDate.of(2026, 11, 24), TUESDAY, "roster.csv", "r");
            AuthorisedAdult unknown = new AuthorisedAdult("P7", "Ann Khan", "mother", false, Optional.empty());
            StoreException refused = assertThrows(StoreException.class, () -> contacts.importContacts(
                    List.of(grandmother, unknown), TUESDAY, "contacts.csv", "def"));
            assertEquals("contacts for pupils not on roll: P2, P7; nothing was imported", refused.getMessage());
            assertEquals(List.of(mother), contacts.of("P1"));
        }
    }

    @Test
    @DisplayName("the contacts import log cannot be changed or deleted, even by another tool")
    void importLogIsAppendOnly() throws Exception {
        try (Database database = Database.open(file)) {
            new SqliteContacts(database).importContacts(List.of(mother), MONDAY, "contacts.csv", "abc");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE contact_imports SET sha256 = 'x'"));
            assertTrue(update.getMessage().contains("the contacts import log cannot be changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM contact_imports"));
            assertTrue(delete.getMessage().contains("the contacts import log cannot be deleted"), delete.getMessage());
        }
    }

    @Test
    @DisplayName("the database refuses an adult who may collect with no phone, from any tool")
    void databaseRequiresPhoneToCollect() throws Exception {
        try (Database database = Database.open(file)) {
            new SqliteContacts(database).importContacts(List.of(mother), MONDAY, "contacts.csv", "abc");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            String insert = "INSERT INTO contacts (pupil_id, name, relationship, may_collect, phone, imported_at, "
                    + "import_id) VALUES ('P1', 'Tom Reid', 'uncle', 1, %s, 'now', 1)";
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(insert.formatted("' '")));
            assertTrue(refused.getMessage().contains("CHECK constraint failed"), refused.getMessage());
            s.executeUpdate(insert.formatted("'07700 900999'"));
        }
    }

    @Test
    @DisplayName("a database made before contacts existed gains them when opened, its pupils kept")
    void olderDatabaseIsMigrated() throws Exception {
        Path old = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old); Statement s = c.createStatement()) {
            s.executeUpdate(migration("V001__register.sql"));
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("INSERT INTO pupils (pupil_id, given_name, family_name, year_group, class_name, badge, "
                    + "joined_on) VALUES ('P1', 'Amelia', 'Jones', '4', '4B', 'B001', '2026-09-01')");
        }
        try (Database database = Database.open(old)) {
            assertTrue(database.schemaVersion() >= 3, "brought up to date: " + database.schemaVersion());
            SqliteContacts contacts = new SqliteContacts(database);
            contacts.importContacts(List.of(mother), MONDAY, "contacts.csv", "abc");
            assertEquals(List.of(mother), contacts.of("P1"));
            Pupil amelia = new SqlitePupils(database).byId("P1").orElseThrow();
            assertEquals("Amelia", amelia.givenName());
        }
    }

    @Test
    @DisplayName("a database of version 21, with one phone an adult, keeps each adult's number when it gains "
            + "several phones and the flags: parental responsibility not recorded, not marked do not release")
    void contactsOfVersion21KeepTheirPhone() throws Exception {
        try (Database database = Database.open(file)) {
            new SqliteContacts(database).importContacts(List.of(mother, grandmother), MONDAY, "contacts.csv", "abc");
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String back : List.of("DROP TABLE contact_phones", "ALTER TABLE contacts DROP COLUMN do_not_release",
                    "ALTER TABLE contacts DROP COLUMN parental_responsibility",
                    "DROP INDEX pupils_badge_2_on_roll", "DROP INDEX held_scan_settlements_by_arrival",
                    "DELETE FROM migration_checksums WHERE version >= 22", "PRAGMA user_version = 21")) {
                s.executeUpdate(back);
            }
        }
        try (Database database = Database.open(file)) {
            SqliteContacts contacts = new SqliteContacts(database);
            assertEquals(List.of(mother), contacts.of("P1"));
            assertEquals(List.of(grandmother), contacts.of("P2"));
            assertEquals(List.of(lategate.domain.pupil.Phone.of("07700 900123")), contacts.of("P1").get(0).phones());
        }
    }

    private static String migration(String name) throws Exception {
        try (InputStream in = Database.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> row(ResultSet r) throws SQLException {
        return List.of(r.getString(1), r.getString(2), r.getString(3), r.getString(4));
    }
}
