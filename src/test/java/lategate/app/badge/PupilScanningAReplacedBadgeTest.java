package lategate.app.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.BadgeKey;
import lategate.domain.badge.BadgeRefusal;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pupil lost their badge on 3 November and the office made a new one: the lost badge's QR
 * code signs nobody in from then on, says so, and is kept in the scan log for the office; the new
 * badge signs the pupil in (issue 8), on a real SQLite file.
 */
class PupilScanningAReplacedBadgeTest {

    @TempDir
    Path dir;

    private final School russell = TestSchools.load("russell");
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T16:00:00Z"), russell.zone());
    private final BadgeCodes codes = new BadgeCodes(russell.id(), russell.name(), Optional.of(key()));

    private static BadgeKey key() {
        byte[] secret = new byte[BadgeKey.BYTES];
        Arrays.fill(secret, (byte) 5);
        return new BadgeKey(secret);
    }

    private Database database() {
        return StoreFixture.databaseWith(dir.resolve("russell.db"), "russell", List.of(
                StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001"),
                StoreFixture.pupil("P2", "Oliver", "Smith", "5A", "B002")));
    }

    private SignIn signIn(Database database) {
        return new SignIn(russell, codes, new SqliteBadgeIssues(database), new SqlitePupils(database),
                new SqliteRegisterLog(database, russell.zone()), new SqliteMovements(database), clock);
    }

    private List<String> scanLog(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT code, pupil_id, why FROM unmarked_scans ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getString(1) + " | " + r.getString(2) + " | " + r.getString(3));
            }
        }
        return rows;
    }

    @Test
    @DisplayName("the lost badge's QR code is refused with the day it was replaced; the new one signs the pupil in")
    void lostBadgeRefusedNewOneTaken() throws Exception {
        String lost = codes.signed("B001", 1);
        try (Database database = database()) {
            new SqliteBadgeIssues(database).record(new BadgeIssue("P1", 2, Instant.parse("2026-11-03T09:30:00Z"),
                    "lost", "Pat Office"));
            SignIn signIn = signIn(database);

            SignInOutcome.BadgeNotRecognised refused = assertInstanceOf(SignInOutcome.BadgeNotRecognised.class,
                    signIn.scan(lost, TestSchools.local(russell, "2026-11-23T08:52:00"), "gate", "scan",
                            Optional.empty()));
            assertEquals(BadgeRefusal.Kind.REPLACED, refused.refusal().kind());
            assertEquals("This badge was replaced on 3 November: please see the office.", refused.words());

            SignInOutcome taken = signIn.scan(codes.signed("B001", 2), TestSchools.local(russell, "2026-11-23T08:53:00"),
                    "gate", "scan", Optional.empty());
            assertEquals("P1", assertInstanceOf(SignInOutcome.Marked.class, taken).pupil().id());
        }
        List<String> log = scanLog(dir.resolve("russell.db"));
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).startsWith(lost + " | P1 | badge issue 1 of pupil P1 was replaced by issue 2"),
                log.get(0));
    }

    @Test
    @DisplayName("the printed code still signs the pupil in: it carries no issue number")
    void printedCodeCarriesNoIssue() {
        try (Database database = database()) {
            new SqliteBadgeIssues(database).record(new BadgeIssue("P1", 2, Instant.parse("2026-11-03T09:30:00Z"),
                    "lost", "Pat Office"));
            SignInOutcome taken = signIn(database).scan(codes.printed("B001"),
                    TestSchools.local(russell, "2026-11-23T08:52:00"), "gate", "scan", Optional.empty());
            assertInstanceOf(SignInOutcome.Marked.class, taken);
        }
    }

    @Test
    @DisplayName("a misread, garbage bytes and an unknown code each sign nobody in, and each is kept in the scan log")
    void refusalsKeptForTheOffice() throws Exception {
        try (Database database = database()) {
            SignIn signIn = signIn(database);
            Instant at = TestSchools.local(russell, "2026-11-23T08:52:00");
            String misread = "B00" + codes.printed("B001").charAt(4) + "1";
            for (String code : List.of(misread, "B\u008f\u0000", codes.printed("B999"))) {
                assertInstanceOf(SignInOutcome.BadgeNotRecognised.class,
                        signIn.scan(code, at, "gate", "scan", Optional.empty()), code);
            }
        }
        List<String> log = scanLog(dir.resolve("russell.db"));
        assertEquals(3, log.size(), log.toString());
        assertTrue(log.get(0).contains("its check character does not match"), log.get(0));
        assertTrue(log.get(1).startsWith("B\\u008F\\u0000 | null | character 2 is \\u008F"), log.get(1));
        assertTrue(log.get(2).endsWith("no pupil on roll has badge B999"), log.get(2));
    }

    @Test
    @DisplayName("reissues follow on from one another: the store refuses a gap")
    void issuesInOrder() {
        try (Database database = database()) {
            SqliteBadgeIssues issues = new SqliteBadgeIssues(database);
            org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class, () -> issues.record(
                    new BadgeIssue("P1", 3, Instant.parse("2026-11-03T09:30:00Z"), "lost", "Pat")));
            issues.record(new BadgeIssue("P1", 2, Instant.parse("2026-11-03T09:30:00Z"), "lost", "Pat"));
            assertEquals(2, issues.of("P1").current());
            assertEquals(1, issues.of("P2").current());
        }
    }
}
