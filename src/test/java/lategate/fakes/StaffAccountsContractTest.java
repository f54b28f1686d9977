package lategate.fakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import lategate.app.PinHash;
import lategate.app.staff.StaffAccounts;
import lategate.app.staff.StaffEvent;
import lategate.app.staff.StaffEventKind;
import lategate.domain.staff.Role;
import lategate.domain.staff.SignInAttempt;
import lategate.domain.staff.StaffMember;
import lategate.store.Database;
import lategate.store.SqliteStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link StaffAccounts} answers, asked of the in-memory fake and of the SQLite store alike. */
class StaffAccountsContractTest {

    static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    static final StaffMember HEAD = new StaffMember("head", "Sam Head", "Headteacher", Role.ADMINISTRATOR, false);
    static final StaffMember JO = new StaffMember("jbloggs", "Jo Bloggs", "Office Manager", Role.RECEPTIONIST, false);
    static final PinHash PIN = CheapPins.hash("1357");

    abstract static class Contract {

        abstract StaffAccounts accounts();

        /** The whole log, oldest first. */
        abstract List<StaffEvent> events();

        private void event(String username, StaffEventKind what, int seconds, String by) {
            accounts().record(new StaffEvent(username, what, NINE.plusSeconds(seconds), by, ""));
        }

        @Test
        @DisplayName("the first account only when there is none; a taken username is refused, disabled or not")
        void adding() {
            assertTrue(accounts().none());
            assertTrue(accounts().addFirst(HEAD, PIN, NINE));
            assertFalse(accounts().addFirst(JO, PIN, NINE), "there is an account already");
            assertTrue(accounts().add(JO, PIN, NINE, "head"));
            accounts().disable("jbloggs", NINE.plusSeconds(1), "head");
            assertFalse(accounts().add(JO, PIN, NINE.plusSeconds(2), "head"));
            assertEquals(List.of(HEAD, JO.asDisabled()), accounts().all());
            assertTrue(accounts().find("jbloggs").orElseThrow().pin().matches("1357".toCharArray()));
            assertEquals(List.of(StaffEventKind.ADDED, StaffEventKind.ADDED, StaffEventKind.DISABLED),
                    events().stream().map(StaffEvent::what).toList());
            assertEquals("first account: Sam Head, Headteacher (administrator)", events().get(0).detail());
            assertEquals("head", events().get(1).by());
        }

        @Test
        @DisplayName("the account's own checked sign-ins since its PIN was set; unknown names and kiosks apart")
        void attempts() {
            accounts().addFirst(HEAD, PIN, NINE);
            accounts().add(JO, PIN, NINE, "head");
            event("jbloggs", StaffEventKind.SIGN_IN_WRONG_PIN, 1, "jbloggs");
            event("jbloggs", StaffEventKind.SIGN_IN_REFUSED, 2, "jbloggs");
            event("jbloggs", StaffEventKind.SIGN_IN_WRONG_PIN, 3, StaffEvent.atKiosk("gate"));
            event("jbloggs", StaffEventKind.SIGN_IN_OK, 4, "jbloggs");
            assertEquals(List.of(SignInAttempt.wrong(NINE.plusSeconds(1)), SignInAttempt.right(NINE.plusSeconds(4))),
                    accounts().attemptsSincePinSet("jbloggs"));
            accounts().resetPin("jbloggs", PIN, NINE.plusSeconds(5), "head");
            event("jbloggs", StaffEventKind.SIGN_IN_WRONG_PIN, 6, "jbloggs");
            assertEquals(List.of(SignInAttempt.wrong(NINE.plusSeconds(6))), accounts().attemptsSincePinSet("jbloggs"));

            event("nobody", StaffEventKind.SIGN_IN_UNKNOWN_USER, 7, "nobody");
            assertEquals(List.of(SignInAttempt.wrong(NINE.plusSeconds(7))), accounts().unknownUserAttempts("nobody"));

            String gate = StaffEvent.atKiosk("gate");
            event("nobody", StaffEventKind.SIGN_IN_UNKNOWN_USER, 8, gate);
            assertEquals(List.of(SignInAttempt.wrong(NINE.plusSeconds(3)), SignInAttempt.wrong(NINE.plusSeconds(8))),
                    accounts().attemptsAtKiosk("gate"));
            event("head", StaffEventKind.SIGN_IN_OK, 9, gate);
            event("head", StaffEventKind.SIGN_IN_WRONG_PIN, 10, gate);
            assertEquals(List.of(SignInAttempt.wrong(NINE.plusSeconds(10))), accounts().attemptsAtKiosk("gate"),
                    "since the last right PIN at that kiosk");
            assertEquals(List.of(), accounts().attemptsAtKiosk("reception"));
        }
    }

    @Nested
    class InMemory extends Contract {
        private final InMemoryStaffAccounts accounts = new InMemoryStaffAccounts();

        @Override
        StaffAccounts accounts() {
            return accounts;
        }

        @Override
        List<StaffEvent> events() {
            return accounts.events();
        }
    }

    @Nested
    class Sqlite extends Contract {
        @TempDir
        Path dir;
        private Database database;
        private SqliteStaff accounts;

        @Override
        StaffAccounts accounts() {
            if (database == null) {
                database = lategate.StoreFixture.databaseWith(dir.resolve("test.db"), "test", List.of());
                accounts = new SqliteStaff(database);
            }
            return accounts;
        }

        @Override
        List<StaffEvent> events() {
            accounts();
            return accounts.events();
        }

        @AfterEach
        void close() {
            if (database != null) {
                database.close();
            }
        }
    }
}
