package lategate.store;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.LateBookEntry;
import lategate.domain.register.ReasonStatus;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.badge.BadgeRefusal;
import lategate.domain.school.School;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register on a real SQLite file. Oak Meadow §7, PSA §H, KTS §4.1: entries are never
 * overwritten or deleted; a repeat scan never becomes a second mark.
 */
class RegisterLogTest {

    @TempDir
    Path dir;

    private final School russell = TestSchools.load("russell");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T16:00:00Z"), russell.zone()); // after the day

    private Database database() {
        return StoreFixture.databaseWith(dir.resolve("russell.db"), "russell", List.of(
                StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001"),
                StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B002")));
    }

    private SignIn signIn(Database database) {
        return TestBadges.signIn(russell, database, new SqlitePupils(database),
                new SqliteRegisterLog(database, russell.zone()), new lategate.store.SqliteMovements(database), clock);
    }

    @Test
    @DisplayName("a second scan for the same register is kept as a repeat but never becomes a second mark")
    void repeatScanIsKeptNotMarked() throws Exception {
        try (Database database = database()) {
            SignIn signIn = signIn(database);
            SignInOutcome first = signIn.scan(printed("B001"), TestSchools.local(russell, "2026-11-23T08:52:00"),
                    "gate", "scan", Optional.of("transport"));
            SignInOutcome second = signIn.scan(printed("B001"), TestSchools.local(russell, "2026-11-23T09:15:00"),
                    "gate", "scan", Optional.empty());
            assertInstanceOf(SignInOutcome.Marked.class, first);
            SignInOutcome.AlreadySignedIn repeat = assertInstanceOf(SignInOutcome.AlreadySignedIn.class, second);
            assertEquals("L", repeat.first().mark().id(), "the first arrival stays the mark");

            List<LateBookEntry> book = lategate.StoreFixture.entries(russell, database).lateBook(LocalDate.of(2026, 11, 23));
            assertEquals(1, book.size());
            assertEquals(1, book.get(0).repeats());
            assertEquals(7, book.get(0).entry().minutesLate().getAsLong());
            assertEquals(Optional.of("Bus, car or traffic"), book.get(0).reasonLabel());
        }
        assertEquals(2, count("SELECT count(*) FROM arrivals"), "both scans are on disk");
    }

    @Test
    @DisplayName("entries over a range: on time, L and U once each, repeats left out, the latest reason")
    void marksWithReasonsBetween() {
        try (Database database = database()) {
            SignIn signIn = signIn(database);
            signIn.scan(printed("B001"), TestSchools.local(russell, "2026-11-19T08:30:00"), "gate", "scan",
                    Optional.empty());
            signIn.scan(printed("B002"), TestSchools.local(russell, "2026-11-20T08:52:00"), "gate", "scan",
                    Optional.of("transport"));
            signIn.scan(printed("B002"), TestSchools.local(russell, "2026-11-20T08:53:00"), "gate", "scan",
                    Optional.empty());
            signIn.scan(printed("B002"), TestSchools.local(russell, "2026-11-23T09:20:00"), "gate", "scan",
                    Optional.empty());
            List<lategate.domain.entry.SessionEntry> marks = lategate.StoreFixture.entries(russell, database)
                    .between(LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20));
            assertEquals(List.of("/", "L"), marks.stream().map(m -> m.code().code()).toList(),
                    "the repeat and the day after the range are left out");
            assertEquals(Optional.empty(), marks.get(0).reasonStatus());
            assertEquals(Optional.of("Bus, car or traffic"), marks.get(1).reason());
            assertEquals(Optional.of(ReasonStatus.GIVEN), marks.get(1).reasonStatus());
        }
    }

    @Test
    @DisplayName("the afternoon is a separate register: a morning U and an afternoon L are two marks")
    void morningAndAfternoonAreSeparate() {
        try (Database database = database()) {
            SignIn signIn = signIn(database);
            assertInstanceOf(SignInOutcome.Marked.class, signIn.scan(printed("B002"),
                    TestSchools.local(russell, "2026-11-23T10:00:00"), "gate", "scan", Optional.empty()));
            assertInstanceOf(SignInOutcome.Marked.class, signIn.scan(printed("B002"),
                    TestSchools.local(russell, "2026-11-23T13:20:00"), "gate", "scan", Optional.empty()));
        }
    }

    @Test
    @DisplayName("a pupil claiming a medical appointment is recorded as claimed, never as authorised (Seagrave §8)")
    void medicalReasonIsOnlyAClaim() {
        try (Database database = database()) {
            SignInOutcome.Marked marked = assertInstanceOf(SignInOutcome.Marked.class, signIn(database).scan(
                    printed("B001"), TestSchools.local(russell, "2026-11-23T09:40:00"), "gate", "scan",
                    Optional.of("medical")));
            assertEquals("U", marked.classification().mark().id());
            assertEquals(ReasonStatus.CLAIMED, marked.reason().orElseThrow().status());
            LateBookEntry entry = lategate.StoreFixture.entries(russell, database).lateBook(LocalDate.of(2026, 11, 23)).get(0);
            assertEquals(Optional.of(ReasonStatus.CLAIMED), entry.reasonStatus());
            assertEquals("U", entry.entry().code().code(), "the mark stays U until staff confirm");
        }
    }

    @Test
    @DisplayName("an unknown badge marks nothing and is kept in the scan log")
    void unknownBadgeIsLogged() throws Exception {
        try (Database database = database()) {
            SignInOutcome.BadgeNotRecognised refused = assertInstanceOf(SignInOutcome.BadgeNotRecognised.class,
                    signIn(database).scan(printed("NOPE"), TestSchools.local(russell, "2026-11-23T09:00:00"), "gate",
                            "scan", Optional.empty()));
            assertEquals(BadgeRefusal.Kind.UNKNOWN, refused.refusal().kind(), "well formed, but no pupil holds it");
        }
        assertEquals(0, count("SELECT count(*) FROM arrivals"));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE why = 'no pupil on roll has badge NOPE'"));
    }

    @Test
    @DisplayName("a scanner's fault is kept in the scan log with its scanner, and the day's figures count it as a scan, not an unknown badge")
    void scannerFaultIsLoggedApart() throws Exception {
        Instant at = TestSchools.local(russell, "2026-11-23T09:00:00");
        try (Database database = database()) {
            signIn(database).scan("NOPE", at, "gate", "scan", Optional.empty());
            new SqliteRegisterLog(database, russell.zone()).recordScanFault("\\x8FDEMO", at.plusSeconds(5), "gate",
                    "late gate", "scanner 'late gate' sent bytes that are not a badge code");
            List<lategate.app.sync.DayContent.KioskFigures> figures = new SqliteDayRecords(database, russell.zone())
                    .recordsOf(LocalDate.of(2026, 11, 23), java.util.Set.of()).kiosks();
            assertEquals(List.of(new lategate.app.sync.DayContent.KioskFigures("gate", 2, 1, 0)), figures);
        }
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE fault = 1 AND source = 'late gate' "
                + "AND code = '\\x8FDEMO' AND pupil_id IS NULL"));
        assertEquals(1, count("SELECT count(*) FROM unmarked_scans WHERE fault = 0 AND source IS NULL"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("russell.db"));
             Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE unmarked_scans SET fault = 0"),
                    "the scan log is append-only, faults too");
        }
    }

    @Test
    @DisplayName("the database itself refuses to update or delete an arrival, even from another program")
    void arrivalsCannotBeRewritten() throws Exception {
        try (Database database = database()) {
            signIn(database).scan(printed("B001"), TestSchools.local(russell, "2026-11-23T09:00:00"), "gate", "scan",
                    Optional.empty());
        }
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("russell.db"));
             Statement s = other.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE arrivals SET mark = 'on_time'"));
            assertTrue(update.getMessage().contains("cannot be changed"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM arrivals"));
            assertTrue(delete.getMessage().contains("cannot be deleted"), delete.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM pupils"));
        }
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE mark = 'L'"));
    }

    @Test
    @DisplayName("two kiosks on one file scanning the same pupil at once make exactly one mark")
    void twoKiosksOneMark() throws Exception {
        database().close();
        int kiosks = 4;
        ExecutorService pool = Executors.newFixedThreadPool(kiosks);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<SignInOutcome>> results = new ArrayList<>();
        try {
            for (int k = 0; k < kiosks; k++) {
                String kiosk = "kiosk-" + k;
                Callable<SignInOutcome> scan = () -> {
                    try (Database own = Database.open(dir.resolve("russell.db"))) {
                        start.await();
                        return signIn(own).scan(printed("B001"), TestSchools.local(russell, "2026-11-23T08:50:00"),
                                kiosk, "scan", Optional.empty());
                    }
                };
                results.add(pool.submit(scan));
            }
            start.countDown();
            int marked = 0;
            for (Future<SignInOutcome> r : results) {
                if (r.get() instanceof SignInOutcome.Marked) {
                    marked++;
                }
            }
            assertEquals(1, marked);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL"));
        assertEquals(kiosks, count("SELECT count(*) FROM arrivals"));
    }

    @Test
    @DisplayName("a database made for one school is refused to another")
    void databaseBelongsToOneSchool() {
        database().close();
        try (Database database = Database.open(dir.resolve("russell.db"))) {
            StoreException e = assertThrows(StoreException.class, () -> database.belongsTo("psa"));
            assertTrue(e.getMessage().contains("belongs to the school 'russell'"), e.getMessage());
        }
    }

    @Test
    @DisplayName("the file is in WAL mode and passes an integrity check after writes")
    void walAndIntegrity() throws Exception {
        try (Database database = database()) {
            signIn(database).scan(printed("B001"), TestSchools.local(russell, "2026-11-23T09:00:00"), "gate", "scan",
                    Optional.empty());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("russell.db"));
             Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                assertEquals("ok", r.getString(1));
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("russell.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            return r.getLong(1);
        }
    }

    @Test
    @DisplayName("two kiosks a moment apart: the scan timed earlier but saved second is kept as a repeat, never lost")
    void earlierScanSavedSecondIsKept() throws Exception {
        try (Database gate = database(); Database reception = Database.open(dir.resolve("russell.db"))) {
            signIn(gate).scan(printed("B001"), TestSchools.local(russell, "2026-11-23T08:50:00.300"), "gate", "scan",
                    Optional.empty());
            SignInOutcome.AlreadySignedIn second = assertInstanceOf(SignInOutcome.AlreadySignedIn.class,
                    signIn(reception).scan(printed("B001"), TestSchools.local(russell, "2026-11-23T08:50:00.100"),
                            "reception", "scan", Optional.empty()));
            assertTrue(second.earlierThanMark());
        }
        assertEquals(2, count("SELECT count(*) FROM arrivals"));
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL"));
    }

    @Test
    @DisplayName("recordAll: one transaction deciding marks and repeats as record does; one bad arrival saves none")
    void recordAllIsOneTransaction() throws Exception {
        try (Database database = database()) {
            SqliteRegisterLog log = new SqliteRegisterLog(database, russell.zone());
            SqlitePupils pupils = new SqlitePupils(database);
            lategate.domain.pupil.Pupil amelia = pupils.byId("P1").orElseThrow();
            lategate.domain.pupil.Pupil oliver = pupils.byId("P2").orElseThrow();
            List<lategate.app.Recording> recorded = log.recordAll(List.of(
                    arrival(amelia, "2026-11-23T08:52:00"), arrival(amelia, "2026-11-23T09:15:00"),
                    arrival(oliver, "2026-11-23T09:20:00")));
            assertInstanceOf(lategate.app.Recording.NewMark.class, recorded.get(0));
            assertInstanceOf(lategate.app.Recording.Repeat.class, recorded.get(1));
            assertEquals("U", recorded.get(2).arrival().mark().id());
            lategate.domain.pupil.Pupil stranger = new lategate.domain.pupil.Pupil("P9", "Not", "On Roll", "5", "5A",
                    "B009", lategate.domain.pupil.Characteristics.NONE, Optional.empty());
            assertThrows(StoreException.class, () -> log.recordAll(List.of(arrival(oliver, "2026-11-24T08:50:00"),
                    arrival(stranger, "2026-11-24T08:51:00"))));
        }
        assertEquals(3, count("SELECT count(*) FROM arrivals"), "the failed batch left nothing behind");
        assertEquals(2, count("SELECT count(*) FROM arrivals WHERE repeat_of IS NULL"));
    }

    private lategate.app.NewArrival arrival(lategate.domain.pupil.Pupil pupil, String at) {
        return new lategate.app.NewArrival(pupil, russell.registerRules().classify(TestSchools.local(russell, at)),
                "gate", "scan", clock.instant(), Optional.empty(), Optional.empty(),
                lategate.domain.register.SignInMethod.SCAN);
    }
}
