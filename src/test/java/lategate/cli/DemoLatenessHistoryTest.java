package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.app.LateBookEntry;
import lategate.app.staff.StaffAdministration;
import lategate.domain.staff.LockoutRule;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import lategate.store.Database;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteStaff;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's made-up lateness history, for trying the attendance lead's review: what
 * {@code lategate demo --lateness-history} puts in the register of a real database file, and the
 * lead account it comes with. The demo's year starts with school on Thursday 3 September 2026;
 * Friday 27 November is the last school day of block 3.
 */
class DemoLatenessHistoryTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    private CommandLineRun demo(String folder, String... more) {
        List<String> args = new ArrayList<>(List.of("demo", "--data", dir.resolve(folder).toString(),
                "--no-kiosk", "--clock", "2026-11-27T15:30:00"));
        args.addAll(List.of(more));
        CommandLineRun run = lategate(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return run;
    }

    private List<LateBookEntry> lates(String folder) {
        try (Database database = Database.open(dir.resolve(folder).resolve("demo.db"))) {
            return lategate.StoreFixture.entries(lategate.TestSchools.load("demo"), database)
                    .lateBookBetween(LocalDate.parse("2026-09-01"), LocalDate.parse("2027-07-31"));
        }
    }

    private String blocksCsv(String folder, int block) {
        CommandLineRun run = lategate("report", "blocks", "--school", dir.resolve(folder).resolve("demo.toml").toString(),
                "--db", dir.resolve(folder).resolve("demo.db").toString(), "--block", String.valueOf(block), "--csv");
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    @Test
    @DisplayName("the history runs from the year's first school day to the day before the clock, and puts pupils at the thresholds")
    void historyUpToTheDayBeforeTheClock() {
        CommandLineRun run = demo("demo", "--lateness-history");
        List<LateBookEntry> lates = lates("demo");
        assertTrue(lates.size() > 300, "weeks of lateness for 308 pupils: " + lates.size());
        assertEquals(LocalDate.parse("2026-09-03"), lates.get(0).entry().date());
        assertEquals(LocalDate.parse("2026-11-26"), lates.get(lates.size() - 1).entry().date(),
                "nothing on the clock's own day, so the kiosk opens on a day with nobody signed in yet");
        assertTrue(run.out().contains("history:  " + lates.size() + " late arrivals of "), run.out());
        assertTrue(run.out().contains(" from 2026-09-03 to 2026-11-26 ("), run.out());
        String block3 = blocksCsv("demo", 3);
        assertTrue(block3.lines().count() > 20, "block 3 has pupils to review:\n" + block3);
        CommandLineRun thresholds = lategate("report", "thresholds", "--school",
                dir.resolve("demo/demo.toml").toString(), "--db", dir.resolve("demo/demo.db").toString(), "--on",
                "2026-11-27");
        assertTrue(thresholds.out().contains("reached"), "someone at the penalty notice threshold:\n"
                + thresholds.out());
    }

    @Test
    @DisplayName("the history is seeded: another demo folder gets the same one, and running again adds nothing")
    void seededAndAddedOnce() {
        demo("one", "--lateness-history");
        demo("two", "--lateness-history");
        assertEquals(blocksCsv("one", 2), blocksCsv("two", 2));
        assertEquals(blocksCsv("one", 3), blocksCsv("two", 3));
        int before = lates("one").size();
        CommandLineRun again = demo("one", "--lateness-history");
        assertTrue(again.out().contains("history:  none added: the register already has late marks before 2026-11-27"),
                again.out());
        assertEquals(before, lates("one").size());
    }

    @Test
    @DisplayName("without --lateness-history the demo's register is left empty")
    void noHistoryUnlessAsked() {
        CommandLineRun run = demo("demo");
        assertEquals(0, lates("demo").size());
        assertFalse(run.out().contains("history:"), run.out());
    }

    @Test
    @DisplayName("the demo has an attendance lead, 'lead', and a demo folder made before there was one gets it")
    void leadAccount() {
        demo("fresh");
        try (Database database = Database.open(dir.resolve("fresh/demo.db"))) {
            assertEquals(Role.ATTENDANCE_LEAD, new SqliteStaff(database).find("lead").orElseThrow().member().role());
        }
        // A folder as the demo made it before the review: its head and receptionist, no lead.
        Path older = dir.resolve("older");
        try (Database database = Database.create(older.resolve("demo.db"))) {
            StaffAdministration staff = new StaffAdministration(new SqliteStaff(database), LockoutRule.DEFAULT);
            Instant then = Instant.parse("2026-09-01T07:00:00Z");
            StaffMember head = staff.addFirstAdministrator(new StaffMember("head", "Sam Head", "Head of School",
                    Role.ADMINISTRATOR, false), "1234".toCharArray(), then);
            staff.add(head, new StaffMember("office", "Pat Reed", "Receptionist", Role.RECEPTIONIST, false),
                    "1234".toCharArray(), then);
        }
        demo("older");
        try (Database database = Database.open(older.resolve("demo.db"))) {
            StaffMember lead = new SqliteStaff(database).find("lead").orElseThrow().member();
            assertEquals("Ann Lowe", lead.name());
            assertEquals(Role.ATTENDANCE_LEAD, lead.role());
        }
    }
}
