package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.TestSchools;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The academic year's rollover through the command line, on a real SQLite file (docs/rollover.md):
 * the warning before the year ends, the drafted next year added to the settings, and the new year's
 * roster moving pupils up while every entry stays with its pupil.
 */
class AcademicYearRolloverTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @TempDir
    Path dir;

    private static Clock at(String local) {
        return Clock.fixed(LocalDateTime.parse(local).atZone(LONDON).toInstant(), LONDON);
    }

    /** The demo school's settings (2026-27), copied where a test may add to them. */
    private Path school() throws Exception {
        Path file = dir.resolve("school.toml");
        Files.copy(TestSchools.file("demo"), file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** The settings with 'year next's draft added at the end, as docs/rollover.md says. */
    private Path schoolWithNextYear() throws Exception {
        Path file = school();
        CommandLineRun draft = lategate(at("2027-07-05T10:00"), "year", "next", "--school", file.toString());
        assertEquals(0, draft.exit(), draft.err());
        Files.writeString(file, Files.readString(file) + "\n" + draft.out(), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    @DisplayName("docs/rollover.md: from four weeks before the year's last day (31 July 2027) config check warns "
            + "'no 2027-28 calendar yet' with the command to run; before that it does not")
    void configCheckWarnsFourWeeksBefore() throws Exception {
        Path file = school();
        CommandLineRun june = lategate(at("2027-06-30T10:00"), "config", "check", file.toString());
        assertEquals(0, june.exit(), june.err());
        assertEquals("", june.err());

        CommandLineRun july = lategate(at("2027-07-05T10:00"), "config", "check", file.toString());
        assertEquals(0, july.exit(), july.err());
        assertTrue(july.out().contains(": OK (Demo Primary School, 5 reasons, ") && july.out().contains(", 1 warning)"),
                july.out());
        assertTrue(july.err().startsWith(file + ":28: calendar: warning: no 2027-28 calendar yet: 2026-27 ends on "
                + "2027-07-31"), july.err());
        assertTrue(july.err().contains("'lategate year next --school " + file + "'"), july.err());
    }

    @Test
    @DisplayName("docs/rollover.md: 'year next' prints a draft 2027-28 with every date 'school to confirm', never "
            + "touches the settings file, and the settings with the draft added pass config check without the warning")
    void draftParsesOnceAdded() throws Exception {
        Path file = school();
        String before = Files.readString(file);
        CommandLineRun draft = lategate(at("2027-07-05T10:00"), "year", "next", "--school", file.toString());
        assertEquals(0, draft.exit(), draft.err());
        assertEquals(before, Files.readString(file), "the school's file is never written");
        assertTrue(draft.out().contains("[calendar.next_year]\nyear_starts = 2027-09-01"), draft.out());
        List<String> dates = draft.out().lines().filter(l -> l.matches("^(year_starts|year_ends|starts|ends) = .*"))
                .toList();
        assertEquals(2 + 3 * 2 + 4 + 3, dates.size(), draft.out()); // year, 3 terms, 3 half terms, early May
        dates.forEach(l -> assertTrue(l.endsWith("school to confirm"), l));
        assertTrue(draft.out().contains("Fri 14 Apr 2028: Good Friday"), draft.out());
        assertTrue(draft.out().contains("Mon 17 Apr 2028: Easter Monday"), draft.out());
        assertTrue(draft.out().contains("name = \"Early May bank holiday\"\nkind = \"bank_holiday\"\nstarts = 2028-05-01"),
                draft.out());

        Path both = schoolWithNextYear();
        CommandLineRun check = lategate(at("2027-07-05T10:00"), "config", "check", both.toString());
        assertEquals(0, check.exit(), check.err());
        assertEquals("", check.err(), "no warning: the next year is there");

        CommandLineRun september = lategate(at("2027-09-06T08:00"), "config", "check", both.toString());
        assertEquals(0, september.exit(), september.err());
        assertTrue(september.err().contains("calendar: warning: 2027-28 is still [calendar.next_year] though "
                + "2026-27 ended on 2027-07-31"), september.err());

        CommandLineRun again = lategate(at("2027-07-05T10:00"), "year", "next", "--school", both.toString());
        assertEquals(1, again.exit());
        assertTrue(again.err().contains("already gives 2027-28 in [calendar.next_year]"), again.err());
    }

    @Test
    @DisplayName("docs/rollover.md: a next year that starts before this one ends, or a term outside it, is an error "
            + "naming its line, and the file is refused")
    void nextYearIsCheckedAsAnyYear() throws Exception {
        Path file = schoolWithNextYear();
        String text = Files.readString(file);
        Files.writeString(file, text.replace("year_starts = 2027-09-01", "year_starts = 2027-07-01"));
        CommandLineRun overlapping = lategate(at("2027-07-05T10:00"), "config", "check", file.toString());
        assertEquals(1, overlapping.exit(), overlapping.out());
        int line = Files.readAllLines(file).indexOf(Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("year_starts = 2027-07-01")).findFirst().orElseThrow()) + 1;
        assertTrue(overlapping.err().contains(file + ":" + line + ": calendar.next_year.year_starts: the next academic "
                + "year starts 2027-07-01, not after this one ends 2027-07-31"), overlapping.err());

        Files.writeString(file, text.replace("ends = 2028-07-21", "ends = 2028-08-21"));
        CommandLineRun outside = lategate(at("2027-07-05T10:00"), "config", "check", file.toString());
        assertEquals(1, outside.exit(), outside.out());
        assertTrue(outside.err().contains("calendar.next_year.terms"), outside.err());
        assertTrue(outside.err().contains("is not inside the academic year 2027-09-01 to 2028-07-31"), outside.err());
    }

    @Test
    @DisplayName("docs/rollover.md: 'year next --out' writes a new file and never overwrites one")
    void outNeverOverwrites() throws Exception {
        Path file = school();
        Path out = dir.resolve("next-year.toml");
        CommandLineRun wrote = lategate(at("2027-07-05T10:00"), "year", "next", "--school", file.toString(),
                "--out", out.toString());
        assertEquals(0, wrote.exit(), wrote.err());
        assertTrue(wrote.out().startsWith("Wrote a draft 2027-28 calendar to " + out), wrote.out());
        assertTrue(Files.readString(out).contains("[calendar.next_year]"));

        Files.writeString(out, "# the school's own notes\n");
        CommandLineRun refused = lategate(at("2027-07-05T10:00"), "year", "next", "--school", file.toString(),
                "--out", out.toString());
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("already exists; nothing was written"), refused.err());
        assertEquals("# the school's own notes\n", Files.readString(out));
    }

    @Test
    @DisplayName("School Attendance (Pupil Registration) (England) Regulations 2024, regs 7-9: the new year's roster "
            + "moves pupils up on the same record with their history, a leaver goes off roll with every entry kept, "
            + "a joiner is added; the import says how many; the first Monday of 2027-28 marks")
    void newYearsRosterMovesPupilsUp() throws Exception {
        Path file = schoolWithNextYear();
        String db = dir.resolve("school.db").toString();
        Path july = dir.resolve("roster-2026-27.csv");
        Files.writeString(july, "pupil_id,given_name,family_name,year,class,badge\n"
                + "Y1,Amara,Okafor,3,3A,YR01\n"
                + "Y2,Ben,Carter,3,3A,YR02\n"
                + "Y3,Chloe,Davies,6,6B,YR03\n", StandardCharsets.UTF_8);
        CommandLineRun first = lategate(at("2027-07-01T07:00"), "roster", "import", "--school", file.toString(),
                "--db", db, july.toString());
        assertEquals(0, first.exit(), first.err());
        for (String badge : List.of("YR01", "YR03")) {
            CommandLineRun late = lategate(at("2027-07-01T10:00"), "sign-in", "--school", file.toString(), "--db", db,
                    "--badge", printed(badge), "--at", "2027-07-01T09:00:00");
            assertEquals(0, late.exit(), late.err());
        }

        // September: Chloe has left for secondary school, Dan has joined Year 4, the others move up.
        Path september = dir.resolve("roster-2027-28.csv");
        Files.writeString(september, "pupil_id,given_name,family_name,year,class,badge\n"
                + "Y1,Amara,Okafor,4,4A,YR01\n"
                + "Y2,Ben,Carter,4,4A,YR02\n"
                + "Y4,Dan,Evans,4,4A,YR04\n", StandardCharsets.UTF_8);
        CommandLineRun moved = lategate(at("2027-09-06T07:00"), "roster", "import", "--school", file.toString(),
                "--db", db, september.toString());
        assertEquals(0, moved.exit(), moved.err());
        assertTrue(moved.out().contains("New year groups: 2 moved up, 1 joined, 1 left (off roll, kept with their "
                + "history)."), moved.out());
        assertTrue(moved.out().contains("Leavers: Y3"), moved.out());

        assertEquals(List.of("4|4A"), rows(db, "SELECT year_group || '|' || class_name FROM pupils WHERE pupil_id = 'Y1'"));
        assertEquals(List.of("2027-09-06"), rows(db, "SELECT left_on FROM pupils WHERE pupil_id = 'Y3'"));
        assertEquals(List.of("Y1|2027-07-01", "Y3|2027-07-01"),
                rows(db, "SELECT pupil_id || '|' || school_date FROM arrivals ORDER BY pupil_id"),
                "every entry stays with its pupil, a leaver's too (reg 7: kept six years)");

        CommandLineRun leaver = lategate(at("2027-09-06T10:00"), "sign-in", "--school", file.toString(), "--db", db,
                "--badge", printed("YR03"), "--at", "2027-09-06T08:50:00");
        assertEquals(1, leaver.exit(), leaver.out());
        CommandLineRun firstDay = lategate(at("2027-09-06T10:00"), "sign-in", "--school", file.toString(), "--db", db,
                "--badge", printed("YR01"), "--at", "2027-09-06T08:50:00");
        assertEquals(0, firstDay.exit(), firstDay.err());
        assertTrue(firstDay.out().contains("You are 5 minutes late."), firstDay.out());
        assertEquals(List.of("2027-07-01", "2027-09-06"),
                rows(db, "SELECT school_date FROM arrivals WHERE pupil_id = 'Y1' ORDER BY school_date"));
        assertFalse(rows(db, "SELECT pupil_id FROM pupils").isEmpty());
    }

    private static List<String> rows(String db, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
