package lategate.store;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.app.integrity.ChainProblem;
import lategate.app.integrity.RegisterCheck;
import lategate.app.retention.RetentionStore.PurgeOrder;
import lategate.domain.school.School;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register is a legal record that is never altered, only added to (Oak Meadow §7, PSA §H, KTS
 * §4.1). Its triggers stop honest programs; someone with the file and sqlite3 can step past them.
 * The chain makes that visible: each test does to the file what such a person could, from a
 * connection of its own (as sqlite3 would: lategate's notes of what it writes are not on it), and
 * then verify must name the first row touched.
 */
@Tag("attack")
class TamperingFromSqlite3Test {

    @TempDir
    Path dir;

    private final School russell = TestSchools.load("russell");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T16:00:00Z"), russell.zone());
    private final Instant now = Instant.parse("2026-11-23T16:30:00Z");

    private Database database() {
        return StoreFixture.databaseWith(dir.resolve("russell.db"), "russell", List.of(
                StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001"),
                StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B002"),
                StoreFixture.pupil("P3", "Isla", "Brown", "5A", "B003")));
    }

    /** Three late arrivals, each with a reason: arrivals rows 1 to 3. */
    private void morning(Database database) {
        SignIn signIn = TestBadges.signIn(russell, database, new SqlitePupils(database),
                new SqliteRegisterLog(database, russell.zone()), new SqliteMovements(database), clock);
        signIn.scan(printed("B001"), TestSchools.local(russell, "2026-11-23T08:52:00"), "gate", "scan",
                Optional.of("transport"));
        signIn.scan(printed("B002"), TestSchools.local(russell, "2026-11-23T09:05:00"), "gate", "scan",
                Optional.of("overslept"));
        signIn.scan(printed("B003"), TestSchools.local(russell, "2026-11-23T09:40:00"), "gate", "scan",
                Optional.empty());
    }

    /** Runs SQL on the file from a connection of its own, as sqlite3 would. */
    private void outside(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("russell.db"));
             Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.executeUpdate(sql);
            }
        }
    }

    private RegisterCheck verify(Database database) {
        return new SqliteRegisterIntegrity(database).checkAll(now);
    }

    @Test
    @DisplayName("a register written only by lategate is whole, and a quick check agrees")
    void untouchedRegisterIsWhole() {
        try (Database database = database()) {
            morning(database);
            RegisterCheck full = verify(database);
            assertTrue(full.whole(), full.problems().toString());
            assertEquals(6, full.headSeq(), "a roster import, three arrivals and two reasons are sealed: "
                    + full.headSeq());
            RegisterCheck quick = new SqliteRegisterIntegrity(database).checkRecent(now);
            assertTrue(quick.whole(), quick.problems().toString());
            assertEquals(full.headHash(), quick.headHash());
        }
    }

    @Test
    @DisplayName("a mark changed from U to L after dropping the trigger: the guard and the row are both named")
    void changedMarkIsNamed() throws SQLException {
        try (Database database = database()) {
            morning(database);
            outside("DROP TRIGGER arrivals_no_update", "UPDATE arrivals SET mark = 'L', minutes_late = 8 "
                    + "WHERE id = 3");
            RegisterCheck check = verify(database);
            assertFalse(check.whole());
            assertTrue(check.problems().stream().anyMatch(p -> p.kind() == ChainProblem.Kind.GUARD_MISSING
                    && p.words().contains("arrivals_no_update was dropped")), check.problems().toString());
            ChainProblem row = check.problems().stream().filter(p -> p.kind() == ChainProblem.Kind.CHANGED)
                    .findFirst().orElseThrow();
            assertEquals("arrivals", row.table());
            assertEquals(3, row.rowId());
            assertTrue(row.words().contains("arrivals row 3"), row.words());
        }
    }

    @Test
    @DisplayName("a late mark deleted by slipping a row into purge_in_progress is named as removed outside a purge")
    void deletedBehindThePurgeGuardIsNamed() throws SQLException {
        try (Database database = database()) {
            morning(database);
            outside("INSERT INTO purge_in_progress (id) VALUES (1)", "DELETE FROM arrival_reasons WHERE arrival_id = 2",
                    "DELETE FROM arrivals WHERE id = 2", "DELETE FROM purge_in_progress");
            RegisterCheck check = verify(database);
            ChainProblem first = check.firstProblem().orElseThrow();
            assertEquals(ChainProblem.Kind.REMOVED, first.kind());
            assertEquals("arrivals", first.table());
            assertEquals(2, first.rowId());
            assertTrue(first.words().contains("removed outside a purge"), first.words());
            assertTrue(check.problems().stream().anyMatch(p -> p.table().equals("arrival_reasons")));
            RegisterCheck quick = new SqliteRegisterIntegrity(database).checkRecent(now);
            assertFalse(quick.whole(), "the quick check counts rows against seals");
        }
    }

    @Test
    @DisplayName("a row put in from outside is never sealed by lategate's next save, and verify names it")
    void insertedRowIsNamedEvenAfterLaterSaves() throws SQLException {
        try (Database database = database()) {
            morning(database);
            outside("INSERT INTO arrivals (pupil_id, school_date, register, year_group, class_name, arrived_at, "
                    + "arrived_local, kiosk_id, mark, minutes_late, explanation, recorded_by, recorded_at) SELECT "
                    + "pupil_id, '2026-11-20', register, year_group, class_name, replace(arrived_at, '2026-11-23', "
                    + "'2026-11-20'), replace(arrived_local, '2026-11-23', '2026-11-20'), kiosk_id, mark, "
                    + "minutes_late, explanation, recorded_by, recorded_at FROM arrivals WHERE id = 3");
            SignIn signIn = TestBadges.signIn(russell, database, new SqlitePupils(database),
                    new SqliteRegisterLog(database, russell.zone()), new SqliteMovements(database), clock);
            signIn.scan(printed("B001"), TestSchools.local(russell, "2026-11-23T13:30:00"), "gate", "scan",
                    Optional.empty());
            RegisterCheck check = verify(database);
            assertEquals(1, check.problems().size(), check.problems().toString());
            ChainProblem inserted = check.problems().get(0);
            assertEquals(ChainProblem.Kind.INSERTED, inserted.kind());
            assertEquals("arrivals", inserted.table());
            assertEquals(4, inserted.rowId(), "the row from outside, not the afternoon scan after it");
        }
    }

    @Test
    @DisplayName("a seal rewritten to match a changed row breaks the chain at that entry")
    void rewrittenSealBreaksTheChain() throws SQLException {
        try (Database database = database()) {
            morning(database);
            outside("DROP TRIGGER register_chain_no_update", "UPDATE register_chain SET row_hash = "
                    + "'" + "ab".repeat(32) + "' WHERE table_name = 'arrivals' AND row_id = 1");
            RegisterCheck check = verify(database);
            assertTrue(check.problems().stream().anyMatch(p -> p.kind() == ChainProblem.Kind.CHAIN_BROKEN
                    && p.words().contains("was changed after it was written")), check.problems().toString());
        }
    }

    @Test
    @DisplayName("a purge removes rows with a checkpoint, and the register is still whole after it")
    void purgeLeavesAWholeChain() {
        try (Database database = database()) {
            morning(database);
            new SqliteRetention(database).purge(new PurgeOrder(LocalDate.of(2026, 11, 24), ZoneOffset.UTC, 6,
                    Instant.parse("2033-09-01T08:00:00Z"), "admin"), false);
            RegisterCheck check = verify(database);
            assertTrue(check.whole(), check.problems().toString());
            try (Connection c = database.connection(); Statement s = c.createStatement();
                 var r = s.executeQuery("SELECT count(*) FROM register_chain WHERE kind = 'checkpoint'")) {
                assertEquals(1, r.getInt(1));
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    @DisplayName("a database made before the chain is sealed as it stands when it is opened")
    void olderDatabaseIsSealedOnMigration() throws SQLException {
        try (Database database = database()) {
            morning(database);
        }
        outside("DROP TRIGGER register_chain_no_delete", "DELETE FROM register_chain", "DROP TABLE chain_checks",
                "DROP TABLE register_chain", "DROP TABLE migration_checksums", "DROP TABLE late_bus_modes",
                "ALTER TABLE pupils DROP COLUMN date_of_birth", "DROP TABLE fire_roll_ticks", "DROP TABLE fire_rolls",
                "ALTER TABLE arrivals DROP COLUMN sign_in", "DROP INDEX pupils_badge_2_on_roll",
                "DROP INDEX held_scan_settlements_by_arrival", "ALTER TABLE pupils DROP COLUMN badge_2",
                "DROP TABLE contact_phones", "ALTER TABLE contacts DROP COLUMN do_not_release",
                "ALTER TABLE contacts DROP COLUMN parental_responsibility",
                "PRAGMA user_version = 14");
        try (Database database = Database.open(dir.resolve("russell.db"))) {
            RegisterCheck check = verify(database);
            assertTrue(check.whole(), check.problems().toString());
            assertEquals(6, check.headSeq());
        }
    }

    @Test
    @DisplayName("a backup holds the same chain, whole, and a backup of a changed register still shows the change")
    void backupKeepsTheChain() throws Exception {
        Path folder = java.nio.file.Files.createDirectory(dir.resolve("backups"));
        try (Database database = database()) {
            morning(database);
            SqliteBackups backups = new SqliteBackups(folder, "russell");
            Path first = backups.make(database, java.time.LocalDateTime.of(2026, 11, 23, 16, 0), 5).backup().file();
            try (Database copy = Database.open(first)) {
                assertTrue(verify(copy).whole(), "the backup is whole");
            }
            outside("DROP TRIGGER arrivals_no_update", "UPDATE arrivals SET minutes_late = 0 WHERE id = 1");
            Path second = backups.make(database, java.time.LocalDateTime.of(2026, 11, 23, 17, 0), 5).backup().file();
            try (Database copy = Database.open(second)) {
                assertTrue(verify(copy).problems().stream().anyMatch(p -> p.kind() == ChainProblem.Kind.CHANGED
                        && p.table().equals("arrivals") && p.rowId() == 1));
            }
        }
    }

    @Test
    @DisplayName("every table the chain covers numbers its rows by an INTEGER PRIMARY KEY, so a backup keeps each seal's row")
    void everyChainedTableKeepsItsRowids() throws SQLException {
        try (Database database = database(); Statement s = database.connection().createStatement()) {
            for (RegisterChain.Chained t : RegisterChain.TABLES) {
                boolean aliased = false;
                try (var r = s.executeQuery("PRAGMA table_info(" + t.table() + ")")) {
                    while (r.next()) {
                        aliased |= r.getInt("pk") == 1 && "INTEGER".equalsIgnoreCase(r.getString("type"));
                    }
                }
                assertTrue(aliased, t.table() + " has no INTEGER PRIMARY KEY: VACUUM INTO may renumber its rows");
            }
        }
    }
}
