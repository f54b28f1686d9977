package lategate.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lategate.DatabaseChecksum;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations lategate runs are the files it ships, and a database refuses a lategate whose
 * copy of a migration it already ran has changed since.
 */
class MigrationChecksumsTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("the jar's list of migration checksums, which opening a database reads, is the scripts' own")
    void theListedChecksumsAreTheScripts() throws Exception {
        String listed;
        try (var in = Database.class.getResourceAsStream(MigrationChecksums.LISTED)) {
            listed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String worked = MigrationChecksums.listing(MigrationChecksums.of(Database.migrationNames(), Database.scripts()));
        assertEquals(worked, listed, "src/main/resources/lategate/store/" + MigrationChecksums.LISTED
                + " must read, whole:\n" + worked);
        assertEquals(MigrationChecksums.of(Database.migrationNames(), Database.scripts()),
                MigrationChecksums.listed(Database.migrationNames(), listed, i -> "never read"));
        // A migration the list lacks (one just added) has its checksum worked out, not left out.
        List<String> names = Database.migrationNames();
        assertEquals(MigrationChecksums.of(names, Database.scripts()), MigrationChecksums.listed(names,
                listed.replaceAll("(?m)^.*" + names.get(names.size() - 1) + "\\n", ""),
                i -> Database.scripts().get(i)));
    }

    @Test
    @DisplayName("the hand-written list of migrations is exactly the .sql files in the jar's migrations folder")
    void theListIsTheFolder() throws Exception {
        URI folder = Database.class.getResource("migrations").toURI();
        List<String> files;
        if (folder.getScheme().equals("jar")) {
            try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of());
                 Stream<Path> listed = Files.list(jar.provider().getPath(folder))) {
                files = listed.map(f -> f.getFileName().toString()).sorted().toList();
            }
        } else {
            try (Stream<Path> listed = Files.list(Path.of(folder))) {
                files = listed.map(f -> f.getFileName().toString()).sorted().toList();
            }
        }
        assertEquals(files, Database.migrationNames(), "every file listed, and nothing else in the folder");
    }

    @Test
    @DisplayName("a new database records every migration's checksum as this lategate ships it")
    void aNewDatabaseRecordsEveryChecksum() throws Exception {
        Path file = dir.resolve("new.db");
        Database.create(file).close();
        assertEquals(shipped(), recorded(file));
    }

    @Test
    @DisplayName("a database made before checksums records the scripts it is opened with, once")
    void anOlderDatabaseRecordsTheChecksumsOnFirstOpen() throws Exception {
        Path file = dir.resolve("older.db");
        Database.create(file).close();
        // A database at version 15 had none of what later migrations add: the checksums, a pupil's date
        // of birth (V017), late-bus modes (V018), the fire roll's tables (V019), how each arrival was
        // signed in (V020), a pupil's second code (V021), contacts' several phones and their flags (V022),
        // the indexes for a register kept six years (V023).
        outside(file, "DROP TABLE late_bus_modes", "DROP TABLE migration_checksums",
                "ALTER TABLE pupils DROP COLUMN date_of_birth", "DROP TABLE fire_roll_ticks", "DROP TABLE fire_rolls",
                "ALTER TABLE arrivals DROP COLUMN sign_in", "DROP INDEX pupils_badge_2_on_roll",
                "DROP INDEX held_scan_settlements_by_arrival", "ALTER TABLE pupils DROP COLUMN badge_2",
                "DROP TABLE contact_phones", "ALTER TABLE contacts DROP COLUMN do_not_release",
                "ALTER TABLE contacts DROP COLUMN parental_responsibility", "PRAGMA user_version = 15");

        try (Database database = Database.open(file)) {
            assertEquals(Database.newestSchemaVersion(), database.schemaVersion());
        }
        assertEquals(shipped(), recorded(file));
        String before = DatabaseChecksum.of(file);
        Database.open(file).close();
        assertEquals(before, DatabaseChecksum.of(file), "a second open writes nothing");
    }

    @Test
    @DisplayName("a migration whose script differs from the one that ran is refused by name, and nothing changes")
    void anEditedMigrationIsRefused() throws Exception {
        Path file = dir.resolve("edited.db");
        Database.create(file).close();
        // the file remembers another script for V003 than this jar holds: as if the jar's copy was edited since
        outside(file, "UPDATE migration_checksums SET sha256 = '" + "0".repeat(64) + "' WHERE version = 3");
        String before = DatabaseChecksum.of(file);

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file).close());
        assertTrue(refused.getMessage().contains("ran migration V003__contacts.sql from a script that differs"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("a migration must never change once it has run"),
                refused.getMessage());
        assertEquals(before, DatabaseChecksum.of(file));
    }

    @Test
    @DisplayName("a migration renamed after it ran is refused, naming both names")
    void aRenamedMigrationIsRefused() throws Exception {
        Path file = dir.resolve("renamed.db");
        Database.create(file).close();
        outside(file, "UPDATE migration_checksums SET script = 'V002__people.sql' WHERE version = 2");

        StoreException refused = assertThrows(StoreException.class, () -> Database.open(file).close());
        assertTrue(refused.getMessage().contains("ran migration 2 as V002__people.sql, but this lategate's "
                + "migration 2 is V002__staff.sql"), refused.getMessage());
    }

    @Test
    @DisplayName("the checksum is of the SQL: comments and layout may change, quoted text and statements may not")
    void theChecksumIsOfWhatRuns() {
        String script = "-- version 99: a table (Some School §1)\nCREATE TABLE t (\n    a TEXT CHECK (a <> '--x')\n);\n"
                + "/* a block\n comment */ CREATE TRIGGER t_no_update BEFORE UPDATE ON t\n"
                + "BEGIN SELECT RAISE(ABORT, 'it''s  kept'); END;\n";
        String reworded = "-- version 99: a table (your school's policy)\nCREATE TABLE t ( a TEXT CHECK (a <> '--x')\t);\n"
                + "CREATE TRIGGER t_no_update BEFORE UPDATE ON t -- trailing words\n"
                + "BEGIN SELECT RAISE(ABORT, 'it''s  kept'); END;";
        assertEquals(MigrationChecksums.sha256(script), MigrationChecksums.sha256(reworded));
        assertEquals("CREATE TABLE t ( a TEXT CHECK (a <> '--x') ); CREATE TRIGGER t_no_update BEFORE UPDATE ON t "
                + "BEGIN SELECT RAISE(ABORT, 'it''s  kept'); END;", MigrationChecksums.sql(script));
        assertNotEquals(MigrationChecksums.sha256(script),
                MigrationChecksums.sha256(script.replace("'it''s  kept'", "'it''s kept'")), "quoted text counts");
        assertNotEquals(MigrationChecksums.sha256(script),
                MigrationChecksums.sha256(script.replace("a TEXT", "a INTEGER")), "the SQL counts");
    }

    private static Map<Integer, List<String>> shipped() {
        Map<Integer, List<String>> shipped = new LinkedHashMap<>();
        List<String> names = Database.migrationNames();
        List<String> scripts = Database.scripts();
        for (int i = 0; i < names.size(); i++) {
            shipped.put(i + 1, List.of(names.get(i), MigrationChecksums.sha256(scripts.get(i))));
        }
        return shipped;
    }

    private static Map<Integer, List<String>> recorded(Path file) throws SQLException {
        Map<Integer, List<String>> recorded = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT version, script, sha256 FROM migration_checksums ORDER BY version")) {
            while (r.next()) {
                recorded.put(r.getInt(1), List.of(r.getString(2), r.getString(3)));
            }
        }
        return recorded;
    }

    /** Changes the file as sqlite3 would, outside lategate. */
    private static void outside(Path file, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.executeUpdate(statement);
            }
        }
    }
}
