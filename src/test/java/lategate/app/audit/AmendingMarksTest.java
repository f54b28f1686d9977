package lategate.app.audit;

import static lategate.TestBadges.printed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.SignIn;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Amendments keep the original entry, the amended entry, the reason, the date and the name and
 * position of who made it (Oak Meadow §7, PSA §H, KTS §4.1); nothing is overwritten.
 */
class AmendingMarksTest {

    @TempDir
    Path dir;
    private final School seagrave = TestSchools.load("seagrave");
    private final StaffIdentity lead = new StaffIdentity("Dana Shaw", "Attendance Lead");
    private final LocalDate monday = LocalDate.of(2026, 11, 23);
    private Database database;
    private Amendments amendments;
    private SignIn signIn;

    @BeforeEach
    void open() {
        List<Pupil> roster = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            roster.add(StoreFixture.pupil(String.format("P%02d", i), "Pupil", "Number" + i, "5B", String.format("B%03d", i)));
        }
        database = StoreFixture.databaseWith(dir.resolve("s.db"), "seagrave", roster);
        Clock clock = Clock.fixed(TestSchools.local(seagrave, "2026-11-23T15:00:00"), ZoneOffset.UTC);
        SqliteRegisterLog register = new SqliteRegisterLog(database, seagrave.zone());
        amendments = new Amendments(seagrave, register,
                lategate.store.SqliteSessionRecords.entries(seagrave, database, clock), new SqliteAmendments(database),
                clock, lategate.domain.register.MedicalEvidenceRule.NOT_REQUIRED);
        signIn = TestBadges.signIn(seagrave, database, new SqlitePupils(database), register,
                new SqliteMovements(database), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void arrive(int pupil, String time, String kiosk) {
        signIn.scan(printed(String.format("B%03d", pupil)), TestSchools.local(seagrave, "2026-11-23T" + time), kiosk,
                "scan", Optional.empty());
    }

    @Test
    @DisplayName("a U amended to M after the appointment card is seen (Seagrave §8, §12.2): the original U stays")
    void uAmendedToM() throws Exception {
        arrive(1, "09:40:00", "gate");
        Amendment a = amendments.amend("P01", monday, Register.AM, Optional.of(AttendanceCode.M), Optional.empty(),
                "hospital appointment", Optional.of("appointment letter seen"), lead);
        assertEquals(AttendanceCode.U, a.original());
        assertEquals(AttendanceCode.M, a.amended());
        assertEquals(Optional.of(AttendanceCode.M), amendments.current("P01", monday, Register.AM));
        assertEquals(1, count("SELECT count(*) FROM arrivals WHERE mark = 'U'"), "the arrival is untouched");
        assertEquals("Dana Shaw|Attendance Lead|U|M|hospital appointment", one(
                "SELECT amended_by || '|' || position || '|' || original_code || '|' || amended_code || '|' || reason "
                        + "FROM amendments"));
    }

    @Test
    @DisplayName("an amendment with no reason is refused and records nothing")
    void noReason() throws Exception {
        arrive(1, "09:40:00", "gate");
        assertThrows(Amendments.Refused.class, () -> amendments.amend("P01", monday, Register.AM,
                Optional.of(AttendanceCode.M), Optional.empty(), " ", Optional.empty(), lead));
        assertEquals(0, count("SELECT count(*) FROM amendments"));
    }

    @Test
    @DisplayName("a second amendment's original is the first amendment's result: the chain is kept")
    void chainOfAmendments() {
        arrive(1, "09:40:00", "gate");
        amendments.amend("P01", monday, Register.AM, Optional.of(AttendanceCode.M), Optional.empty(), "dentist",
                Optional.empty(), lead);
        Amendment second = amendments.amend("P01", monday, Register.AM, Optional.of(AttendanceCode.U),
                Optional.empty(), "no evidence after all", Optional.empty(), lead);
        assertEquals(AttendanceCode.M, second.original());
    }

    @Test
    @DisplayName("a late bus: 12 pupils who arrived between 09:05 and 09:20 at the gate get 12 audit entries, originals intact")
    void lateBusBulkAmendment() throws Exception {
        for (int i = 1; i <= 12; i++) {
            arrive(i, String.format("09:%02d:00", 5 + i), "gate");
        }
        arrive(13, "09:10:00", "reception"); // another kiosk: not on the bus
        arrive(14, "09:30:00", "gate"); // after the bus
        List<Amendment> done = amendments.bulk(monday, LocalTime.of(9, 5), LocalTime.of(9, 20), "gate",
                Optional.empty(), Optional.of("Late bus (route 12)"), "bus company confirmed the delay", lead);
        assertEquals(12, done.size());
        assertEquals(12, count("SELECT count(*) FROM amendments WHERE batch_id IS NOT NULL"));
        assertEquals(12, count("SELECT count(*) FROM amendments WHERE late_reason = 'Late bus (route 12)' "
                + "AND original_code = 'U' AND amended_code = 'U'"));
        assertEquals(14, count("SELECT count(*) FROM arrivals WHERE mark = 'U'"), "every original stays");
    }

    @Test
    @DisplayName("the database refuses to change or delete an amendment, even from another program")
    void amendmentsAreAppendOnly() throws Exception {
        arrive(1, "09:40:00", "gate");
        amendments.amend("P01", monday, Register.AM, Optional.of(AttendanceCode.M), Optional.empty(), "dentist",
                Optional.empty(), lead);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"))) {
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("UPDATE amendments SET reason = 'x'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM amendments"));
        }
    }

    @Test
    @DisplayName("there is nothing to amend where lategate recorded no entry")
    void noEntry() {
        assertThrows(Amendments.Refused.class, () -> amendments.amend("P02", monday, Register.AM,
                Optional.of(AttendanceCode.M), Optional.empty(), "dentist", Optional.empty(), lead));
    }

    private long count(String sql) throws Exception {
        return Long.parseLong(one(sql));
    }

    private String one(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("s.db"));
             ResultSet r = c.createStatement().executeQuery(sql)) {
            return r.getString(1);
        }
    }
}
