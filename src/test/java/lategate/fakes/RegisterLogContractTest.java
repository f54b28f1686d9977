package lategate.fakes;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.RegisterLog;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a {@link RegisterLog} answers, asked of the in-memory fake and of the SQLite log alike, each
 * fed by the real sign-in: a fake that drifts from the store fails here, not in the tests that trust it.
 */
class RegisterLogContractTest {

    static final School RUSSELL = TestSchools.load("russell");
    static final List<Pupil> ROLL = List.of(StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001"),
            StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B002"));
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    abstract static class Contract {

        private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T16:00:00Z"), RUSSELL.zone());

        /** The log under test and a sign-in writing to it, over {@link #ROLL}. */
        abstract RegisterLog log();

        abstract SignIn signIn(Clock clock);

        private SignInOutcome scan(String badge, String localTime, String kiosk) {
            return signIn(clock).scan(printed(badge), TestSchools.local(RUSSELL, localTime), kiosk, "scan",
                    Optional.empty());
        }

        @Test
        @DisplayName("the first arrival is the mark; a later one is a repeat of it and never a second mark")
        void firstIsTheMark() {
            SignInOutcome.Marked first = assertInstanceOf(SignInOutcome.Marked.class,
                    scan("B001", "2026-11-23T08:52:00", "gate"));
            SignInOutcome.AlreadySignedIn again = assertInstanceOf(SignInOutcome.AlreadySignedIn.class,
                    scan("B001", "2026-11-23T09:15:00", "gate"));
            assertEquals(first.arrival(), again.first());
            assertEquals(Optional.of(first.arrival()), log().markOf("P1", MONDAY, Register.AM));
            assertEquals(List.of(first.arrival()), log().marksOn(MONDAY));
            assertEquals("L", first.arrival().mark().id());
            assertEquals(7, first.arrival().minutesLate());
            assertEquals(Optional.empty(), log().markOf("P2", MONDAY, Register.AM));
            assertEquals(Optional.empty(), log().markOf("P1", MONDAY, Register.PM));
        }

        @Test
        @DisplayName("marks of a day come in arrival order; between two instants, inclusive, only one kiosk's")
        void marksInOrderByKiosk() {
            RecordedArrival later = assertInstanceOf(SignInOutcome.Marked.class,
                    scan("B002", "2026-11-23T08:50:00", "reception")).arrival();
            RecordedArrival earlier = assertInstanceOf(SignInOutcome.Marked.class,
                    scan("B001", "2026-11-23T08:40:00", "gate")).arrival();
            assertEquals(List.of(earlier, later), log().marksOn(MONDAY));
            assertEquals(List.of(), log().marksOn(MONDAY.plusDays(1)));
            Instant from = earlier.arrivedAt();
            Instant to = later.arrivedAt();
            assertEquals(List.of(earlier), log().marksBetween(from, to, "gate"));
            assertEquals(List.of(later), log().marksBetween(from, to, "reception"));
            assertEquals(List.of(), log().marksBetween(from.plusNanos(1), to.minusNanos(1), "gate"));
        }

        @Test
        @DisplayName("a badge nobody on roll holds makes no mark")
        void unknownBadgeNoMark() {
            assertInstanceOf(SignInOutcome.BadgeNotRecognised.class, scan("B999", "2026-11-23T08:45:00", "gate"));
            assertTrue(log().marksOn(MONDAY).isEmpty());
        }
    }

    @Nested
    class InMemory extends Contract {
        private final InMemoryRegisterLog log = new InMemoryRegisterLog();
        private final InMemoryPupils pupils = new InMemoryPupils(ROLL);
        private final InMemoryMovementLog movements = new InMemoryMovementLog();
        private final InMemoryBadgeIssues issues = new InMemoryBadgeIssues();

        @Override
        RegisterLog log() {
            return log;
        }

        @Override
        SignIn signIn(Clock clock) {
            return new SignIn(RUSSELL, TestBadges.codes(RUSSELL), issues, pupils, log, movements, clock);
        }
    }

    @Nested
    class Sqlite extends Contract {
        @TempDir
        Path dir;
        private Database database;
        private SqliteRegisterLog log;

        private Database database() {
            if (database == null) {
                database = StoreFixture.databaseWith(dir.resolve("russell.db"), "russell", ROLL);
                log = new SqliteRegisterLog(database, RUSSELL.zone());
            }
            return database;
        }

        @AfterEach
        void close() {
            if (database != null) {
                database.close();
            }
        }

        @Override
        RegisterLog log() {
            database();
            return log;
        }

        @Override
        SignIn signIn(Clock clock) {
            Database d = database();
            return TestBadges.signIn(RUSSELL, d, new SqlitePupils(d), log, new SqliteMovements(d), clock);
        }
    }
}
