package lategate.store;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.app.backup.BackupName;
import lategate.domain.pupil.Pupil;
import lategate.domain.school.School;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups made with SQLite's VACUUM INTO while arrivals go on being recorded, and restores from them. */
@Tag("attack")
class BackupAndRestoreTest {

    private static final int PUPILS = 1500;

    @TempDir
    Path dir;
    private final School demo = TestSchools.load("demo");

    private static List<Pupil> roster(int count) {
        List<Pupil> pupils = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pupils.add(StoreFixture.pupil(String.format("P%05d", i), "Pupil", "Number" + i, "5B",
                    String.format("BK%05d", i)));
        }
        return pupils;
    }

    private Path database(String name, String school, int pupils) {
        Path file = dir.resolve(name);
        StoreFixture.databaseWith(file, school, roster(pupils)).close();
        return file;
    }

    private static Set<String> arrivals(Path db) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT pupil_id FROM arrivals")) {
            while (r.next()) {
                ids.add(r.getString(1));
            }
        }
        return ids;
    }

    /** Overwrites a stretch in the middle of the file, as a write torn by a power cut or a bad sector would. */
    static void damagePages(Path db) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(db.toFile(), "rw")) {
            long middle = file.length() / 2;
            file.seek(middle - middle % 4096); // whole pages, headers and all: junk in a page's free gap would go unseen
            byte[] junk = new byte[4 * 4096];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            file.write(junk);
        }
    }

    @Test
    @DisplayName("a backup taken while another thread records arrivals holds every arrival committed before it began, and restores whole")
    void backupWhileRecording() throws Exception {
        Path db = database("d.db", "demo", PUPILS);
        Path folder = Files.createDirectory(dir.resolve("usb"));
        Clock clock = Clock.fixed(TestSchools.local(demo, "2026-11-23T12:00:00"), ZoneOffset.UTC);
        Instant nine = TestSchools.local(demo, "2026-11-23T09:00:00");
        ConcurrentLinkedQueue<String> committed = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        Thread writer = new Thread(() -> {
            try (Database kiosk = Database.open(db)) {
                SignIn signIn = TestBadges.signIn(demo, kiosk, new SqlitePupils(kiosk),
                        new SqliteRegisterLog(kiosk, demo.zone()), new SqliteMovements(kiosk), clock);
                for (int i = 0; i < PUPILS && !stop.get(); i++) {
                    signIn.scan(printed(String.format("BK%05d", i)), nine.plusMillis(i), "gate", "scan", Optional.empty());
                    committed.add(String.format("P%05d", i));
                }
            } catch (Throwable t) {
                failures.add(t);
            }
        });
        writer.start();
        while (committed.size() < 100 && writer.isAlive()) {
            Thread.sleep(5);
        }
        Set<String> before = new HashSet<>(committed);
        SqliteBackups.Made made;
        try (Database backupConnection = Database.open(db)) {
            made = new SqliteBackups(folder, "demo").make(backupConnection, LocalDateTime.of(2026, 11, 23, 9, 30), 14);
        }
        int atBackupEnd = committed.size();
        stop.set(true);
        writer.join();
        assertTrue(failures.isEmpty(), () -> "the kiosk's writes failed during the backup: " + failures);
        assertTrue(committed.size() > before.size(), "arrivals went on being recorded: the test saw no concurrency");

        assertEquals("demo_2026-11-23T093000.db", made.backup().file().getFileName().toString());
        assertTrue(DatabaseHealth.thorough(made.backup().file()).sound());
        Set<String> inBackup = arrivals(made.backup().file());
        assertTrue(inBackup.containsAll(before), "every arrival committed before the backup began is in it");
        assertTrue(inBackup.size() <= atBackupEnd, "nothing is in the backup that was not committed");

        DatabaseRestore.Restored restored = DatabaseRestore.restore(made.backup().file(), db, "demo", "2026-11-23T100000");
        assertEquals(inBackup, arrivals(db), "the restored database holds exactly the backup's arrivals");
        assertTrue(DatabaseHealth.thorough(db).sound());
        Path kept = restored.replacedKeptAs().orElseThrow();
        assertEquals(dir.resolve("d.db.replaced-2026-11-23T100000"), kept);
        assertEquals(new HashSet<>(committed), arrivals(kept), "the replaced file is kept whole, with its WAL");
        try (Database reopened = Database.open(db)) {
            reopened.belongsTo("demo"); // the restored file opens and migrates as any database
        }
    }

    @Test
    @DisplayName("rotation keeps the newest N backups of this school and never touches other files")
    void rotationKeepsN() throws Exception {
        Path db = database("d.db", "demo", 3);
        Path folder = Files.createDirectory(dir.resolve("usb"));
        Files.writeString(folder.resolve("notes.txt"), "the office's own file");
        Files.writeString(folder.resolve("other_2026-01-01T000000.db"), "another school's backup");
        Files.writeString(folder.resolve("demo_2026-01-01T000000.db.part"), "a torn temporary file");
        SqliteBackups backups = new SqliteBackups(folder, "demo");
        try (Database database = Database.open(db)) {
            for (int day = 1; day <= 6; day++) {
                backups.make(database, LocalDateTime.of(2026, 11, day, 18, 0), 4);
            }
        }
        List<String> names = backups.list().stream().map(b -> b.file().getFileName().toString()).toList();
        assertEquals(List.of("demo_2026-11-06T180000.db", "demo_2026-11-05T180000.db", "demo_2026-11-04T180000.db",
                "demo_2026-11-03T180000.db"), names);
        assertTrue(Files.exists(folder.resolve("notes.txt")));
        assertTrue(Files.exists(folder.resolve("other_2026-01-01T000000.db")));
        assertTrue(Files.exists(folder.resolve("demo_2026-01-01T000000.db.part")));
        assertEquals(Optional.of(new BackupName("demo", LocalDateTime.of(2026, 11, 6, 18, 0))),
                BackupName.parse("demo", "demo_2026-11-06T180000.db"));
    }

    @Test
    @DisplayName("a backup holds pupils' records: only its owner may read it (0600, like the database), whatever "
            + "the umask")
    void backupsAreOwnerOnly() throws Exception {
        Path db = database("d.db", "demo", 3);
        Path folder = Files.createDirectory(dir.resolve("usb"));
        try (Database database = Database.open(db)) {
            SqliteBackups.Made made = new SqliteBackups(folder, "demo").make(database,
                    LocalDateTime.of(2026, 11, 23, 18, 0), 14);
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(made.backup().file())), made.backup().file().toString());
        }
    }

    @Test
    @DisplayName("a missing backup folder (the stick not plugged in) is a clear refusal, not a crash")
    void missingFolder() {
        Path db = database("d.db", "demo", 3);
        try (Database database = Database.open(db)) {
            StoreException e = assertThrows(StoreException.class, () -> new SqliteBackups(dir.resolve("usb"), "demo")
                    .make(database, LocalDateTime.of(2026, 11, 23, 18, 0), 14));
            assertTrue(e.getMessage().contains("is not there (is the USB stick plugged in?)"), e.getMessage());
        }
    }

    @Test
    @DisplayName("restore refuses a damaged backup, another school's, and a file that is not a database, changing nothing")
    void restoreRefusals() throws Exception {
        Path db = database("d.db", "demo", 20);
        byte[] original = Files.readAllBytes(db);
        Path folder = Files.createDirectory(dir.resolve("usb"));
        Path damaged;
        try (Database database = Database.open(db)) {
            damaged = new SqliteBackups(folder, "demo").make(database, LocalDateTime.of(2026, 11, 23, 18, 0), 14)
                    .backup().file();
        }
        damagePages(damaged);
        Path other = database("other.db", "russell", 20);
        Path text = Files.writeString(dir.resolve("notes.db"), "this is not a database at all, just some words ".repeat(200));

        String refusedDamaged = assertThrows(StoreException.class,
                () -> DatabaseRestore.restore(damaged, db, "demo", "x")).getMessage();
        assertTrue(refusedDamaged.contains("is not usable"), refusedDamaged);
        String refusedOther = assertThrows(StoreException.class,
                () -> DatabaseRestore.restore(other, db, "demo", "x")).getMessage();
        assertTrue(refusedOther.contains("belongs to the school 'russell', not 'demo'"), refusedOther);
        String refusedText = assertThrows(StoreException.class,
                () -> DatabaseRestore.restore(text, db, "demo", "x")).getMessage();
        assertTrue(refusedText.contains("not a database file at all"), refusedText);

        assertTrue(java.util.Arrays.equals(original, Files.readAllBytes(db)), "the database was not touched");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().contains(".replaced-")
                    || f.getFileName().toString().endsWith(".restoring")), "nothing was left beside it");
        }
    }

    @Test
    @DisplayName("SQLite's quick check names pages overwritten in the middle of the file, and a file that is not a database")
    void healthOfDamagedFiles() throws Exception {
        Path db = database("d.db", "demo", PUPILS);
        assertTrue(DatabaseHealth.quick(db).sound());
        damagePages(db);
        DatabaseHealth.Report damaged = DatabaseHealth.quick(db);
        assertFalse(damaged.sound(), "overwritten pages must be found");
        Path text = Files.writeString(dir.resolve("notes.db"), "hello ".repeat(1000));
        assertTrue(DatabaseHealth.quick(text).problem().orElseThrow().contains("not a database file at all"));
    }
}
