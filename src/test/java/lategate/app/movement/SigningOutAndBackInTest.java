package lategate.app.movement;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
import lategate.app.SignInOutcome;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.CollectionRule;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.register.MedicalEvidenceRule;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import lategate.store.SqliteMovements;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The office signing pupils out and back in, on a real database file (Seagrave §12.2, Oak Meadow §11). */
class SigningOutAndBackInTest {

    @TempDir
    Path dir;
    private final School russell = TestSchools.load("russell");
    private final StaffIdentity office = new StaffIdentity("Pat Reed", "Receptionist");
    private final Instant now = TestSchools.local(russell, "2026-11-23T14:30:00");
    /** Amelia's mother, listed as may collect: the collection rule's own test is CollectionRulesAtSignOutTest. */
    private final CollectionRule.Request mum = new CollectionRule.Request("Sarah Jones", "", Optional.empty(), now);
    private final lategate.app.ContactDirectory contacts = pupilId -> List.of(new AuthorisedAdult(pupilId,
            "Sarah Jones", "mother", true, Optional.of("01234 567890")));
    private Database database;
    private Movements movements;
    private SignIn signIn;

    @BeforeEach
    void open() {
        database = StoreFixture.databaseWith(dir.resolve("r.db"), "russell",
                List.of(StoreFixture.pupil("P1", "Amelia", "Jones", "4B", "B001")));
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        movements = movements(clock);
        signIn = TestBadges.signIn(russell, database, new SqlitePupils(database),
                new SqliteRegisterLog(database, russell.zone()), new SqliteMovements(database), clock);
    }

    private Movements movements(Clock clock) {
        return new Movements(russell, new SqlitePupils(database), contacts, new SqliteMovements(database), clock,
                new CollectionRule("Russell policy"), MedicalEvidenceRule.NOT_REQUIRED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Instant at(String time) {
        return TestSchools.local(russell, "2026-11-23T" + time);
    }

    @Test
    @DisplayName("signing out a pupil who is already out is refused and records nothing")
    void alreadyOut() {
        movements.signOut("P1", at("10:30:00"), AttendanceCode.M, "dentist", mum, true, Optional.empty(), office);
        Movements.Refused e = assertThrows(Movements.Refused.class, () -> movements.signOut("P1", at("11:00:00"),
                AttendanceCode.M, "dentist", mum, true, Optional.empty(), office));
        assertTrue(e.getMessage().contains("already signed out (since 10:30)"), e.getMessage());
        assertEquals(1, new SqliteMovements(database).on(LocalDate.of(2026, 11, 23)).size());
    }

    @Test
    @DisplayName("a return with no sign-out is refused")
    void returnWithoutSignOut() {
        Movements.Refused e = assertThrows(Movements.Refused.class,
                () -> movements.signBackIn("P1", at("11:00:00"), office));
        assertTrue(e.getMessage().contains("is not signed out today"), e.getMessage());
    }

    @Test
    @DisplayName("an expected return before the pupil left is refused and records nothing")
    void expectedReturnBeforeLeaving() {
        Movements.Refused e = assertThrows(Movements.Refused.class, () -> movements.signOut("P1", at("14:00:00"),
                AttendanceCode.M, "dentist", mum, true, Optional.of(at("13:50:00")), office));
        assertEquals("the expected return 13:50 is already past at 14:00, when the pupil left", e.getMessage());
        assertTrue(new SqliteMovements(database).on(LocalDate.of(2026, 11, 23)).isEmpty());
    }

    @Test
    @DisplayName("a sign-out written up afterwards keeps an expected return that has gone by since, as overdue")
    void signOutWrittenUpAfterwards() {
        movements.signOut("P1", at("14:00:00"), AttendanceCode.M, "dentist", mum, true, Optional.of(at("14:10:00")),
                office);
        List<Movements.OffSite> off = movements.offSiteNow();
        assertEquals(1, off.size());
        assertTrue(off.get(0).overdue(), "expected back 14:10, now 14:30");
    }

    @Test
    @DisplayName("who is off site now: name, since, reason, collector; an overdue return stands out")
    void offSiteAndOverdue() {
        movements.signOut("P1", at("13:00:00"), AttendanceCode.M, "orthodontist", mum, true,
                Optional.of(at("14:45:00")), office);
        List<Movements.OffSite> off = movements.offSiteNow();
        assertEquals(1, off.size());
        assertEquals("Sarah Jones", off.get(0).signOut().collection().collectorName());
        assertTrue(!off.get(0).overdue(), "expected back 14:45, now 14:30");
        Movements later = movements(Clock.fixed(at("15:00:00"), ZoneOffset.UTC));
        assertTrue(later.offSiteNow().get(0).overdue());
    }

    @Test
    @DisplayName("who was off site at an instant: only what was recorded as happening by then counts")
    void offSiteAtAnInstant() {
        movements.signOut("P1", at("13:00:00"), AttendanceCode.M, "dentist", mum, true, Optional.of(at("13:30:00")),
                office);
        movements.signBackIn("P1", at("14:00:00"), office);
        assertTrue(movements.offSiteAt(at("12:59:59")).isEmpty(), "not yet out");
        assertEquals(List.of(false), movements.offSiteAt(at("13:00:00")).stream().map(Movements.OffSite::overdue)
                .toList(), "out from the minute they left, not yet overdue");
        assertEquals(List.of(true), movements.offSiteAt(at("13:45:00")).stream().map(Movements.OffSite::overdue)
                .toList(), "past 13:30 and not yet back");
        assertTrue(movements.offSiteAt(at("14:00:00")).isEmpty(), "back");
        assertTrue(movements.offSiteNow().isEmpty());
    }

    @Test
    @DisplayName("a pupil who is out and scans at the kiosk is signed back in, not marked late")
    void scanWhileOutSignsBackIn() {
        movements.signOut("P1", at("10:30:00"), AttendanceCode.M, "dentist", mum, true, Optional.empty(), office);
        assertInstanceOf(SignInOutcome.SignedBackIn.class,
                signIn.scan(printed("B001"), at("14:00:00"), "gate", "badge scan", Optional.empty()));
        assertTrue(movements.offSiteNow().isEmpty());
        assertTrue(lategate.StoreFixture.entries(russell, database).lateBook(LocalDate.of(2026, 11, 23)).isEmpty(),
                "no late mark");
    }
}
