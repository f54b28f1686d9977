package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small seeded school across two terms, every mark recorded through the real command line into
 * a real SQLite file, and every report checked against numbers worked out by hand (issue 6).
 *
 * <p>The school is {@code src/test/resources/schools/two-terms.toml}: registers taken at 08:45
 * (L from then) and closing at 09:10 (U from then), afternoon taken 13:15 (as Russell §4). Its
 * school weeks, counted by hand from the file (a week counts only if it holds a school day):
 *
 * <pre>
 *   week  1  7-11 Sep        week  8  2-6 Nov          week 15  4-8 Jan
 *   week  2 14-18 Sep        week  9  9-13 Nov (*)     week 16 11-15 Jan
 *   week  3 21-25 Sep        week 10 16-20 Nov         week 17 18-22 Jan
 *   week  4 28 Sep-2 Oct     week 11 23-27 Nov         week 18 25-29 Jan
 *   week  5  5-9 Oct         week 12 30 Nov-4 Dec      week 19  1-5 Feb
 *   week  6 12-16 Oct        week 13  7-11 Dec         week 20  8-12 Feb
 *   week  7 19-23 Oct        week 14 14-18 Dec         (half term 15-19 Feb: no week)
 *   (half term 26-30 Oct: no week)                     week 21 22-26 Feb ...
 *   (Christmas 21 Dec-1 Jan: two weeks with no school day, no week)
 *   (*) INSET on Fri 13 Nov: Mon 9 to Thu 12 Nov are school days, so week 9 still counts.
 * </pre>
 *
 * Blocks of four school weeks (Oak Meadow Appendix 2): block 1 = weeks 1-4 (7 Sep-2 Oct), block 2
 * = weeks 5-8 (5 Oct-6 Nov, across the half term), block 3 = weeks 9-12 (9 Nov-4 Dec), block 4 =
 * weeks 13-16 (7 Dec-15 Jan, across Christmas), block 5 = weeks 17-20 (18 Jan-12 Feb), block 6 =
 * weeks 21-24 (from Mon 22 Feb). "Today" for every command is Friday 12 February 2027, 16:00,
 * the last day of week 20.
 *
 * <p>Minutes late are whole minutes since the register was taken: 08:45 for the morning, 13:15 for
 * the afternoon. The clocks went back on Sun 25 Oct 2026; times here are school time, so the
 * change never moves a mark.
 */
class SmallSchoolAcrossTwoTermsTest {

    /** The seeded school, made once; every test works on its own copy of the database file. */
    @TempDir
    static Path seeded;
    @TempDir
    Path dir;
    private String db;
    private static final Path SETTINGS = Path.of("src", "test", "resources", "schools", "two-terms.toml");
    private static final String SCHOOL = SETTINGS.toString();
    /** Friday 12 February 2027, 16:00 school time (GMT): after the last arrival below. */
    private static final Clock FRIDAY_12_FEB = Clock.fixed(Instant.parse("2027-02-12T16:00:00Z"),
            ZoneId.of("Europe/London"));
    private static final String BLOCK_HEADER = "block,first_week,last_week,pupil_id,given_name,family_name,year,"
            + "class,late_l,late_u,minutes_late,change,stage";
    private static final String THRESHOLD_HEADER = "pupil_id,given_name,family_name,year,class,threshold,level,"
            + "u_sessions,limit,first_week,last_week,u_dates,window_starts,note";
    /** The threshold report's note on every penalty notice row: lategate holds only its own U marks. */
    private static final String COUNTS = ",2026-11-09,counts U marks recorded here only; unauthorised absences "
            + "recorded in the MIS also count";

    /**
     * Every arrival: badge, school time, and by hand its week, block, mark and minutes. Six pupils:
     * T01 Amara (U after U, across Christmas), T02 Ben (approaching the threshold), T03 Chloe (L
     * either side of the autumn half term), T04 Dev (a repeat scan, a U amended to M), T05 Ella
     * (on time), T06 Finn (afternoon U, a U late in the morning).
     */
    private static final String[][] ARRIVALS = {
            // T03 Chloe
            {"TT03", "2026-09-08T08:50:00"},   // Tue, week 1, block 1: L, 08:50-08:45 = 5
            {"TT03", "2026-09-16T08:57:00"},   // Wed, week 2, block 1: L, 12
            {"TT03", "2026-10-05T09:00:00"},   // Mon, week 5, block 2: L, 15
            {"TT03", "2026-10-22T09:05:00"},   // Thu, week 7, block 2: L, 20 (BST)
            {"TT03", "2026-11-03T08:46:00"},   // Tue, week 8 (after the half term), block 2: L, 1 (GMT)
            {"TT03", "2026-11-04T09:10:00"},   // Wed, week 8, block 2: U at the close itself, 25
            // T06 Finn
            {"TT06", "2026-09-24T13:50:00"},   // Thu, week 3, block 1: PM U, 13:50-13:15 = 35
            {"TT06", "2027-02-10T14:00:00"},   // Wed, week 20, block 5: PM U, 45
            {"TT06", "2027-02-11T11:30:00"},   // Thu, week 20, block 5: AM U (between AM close and PM), 11:30-08:45 = 165
            // T01 Amara
            {"TT01", "2026-11-02T09:30:00"},   // Mon, week 8, block 2: U, 45  (11 school weeks back from week 18)
            {"TT01", "2026-11-09T09:30:00"},   // Mon, week 9, block 3: U, 45  (10 school weeks back from week 18)
            {"TT01", "2026-11-17T09:12:00"},   // Tue, week 10, block 3: U, 27
            {"TT01", "2026-11-25T10:00:00"},   // Wed, week 11, block 3: U, 75
            {"TT01", "2026-12-03T09:20:00"},   // Thu, week 12, block 3: U, 35
            {"TT01", "2026-12-08T09:25:00"},   // Tue, week 13, block 4: U, 40
            {"TT01", "2026-12-16T09:40:00"},   // Wed, week 14, block 4: U, 55
            {"TT01", "2027-01-05T09:15:00"},   // Tue, week 15, block 4: U, 30
            {"TT01", "2027-01-13T13:50:00"},   // Wed, week 16, block 4: PM U, 35
            {"TT01", "2027-01-21T09:11:00"},   // Thu, week 17, block 5: U, 26
            {"TT01", "2027-01-25T09:45:00"},   // Mon, week 18, block 5: U, 60
            {"TT01", "2027-02-01T09:10:00"},   // Mon, week 19, block 5: U, 25  (after 29 Jan)
            // T02 Ben
            {"TT02", "2026-11-06T09:15:00"},   // Fri, week 8, block 2: U, 30
            {"TT02", "2026-11-16T09:20:00"},   // Mon, week 10, block 3: U, 35
            {"TT02", "2026-11-24T09:20:00"},   // Tue, week 11, block 3: U, 35
            {"TT02", "2026-12-02T09:20:00"},   // Wed, week 12, block 3: U, 35
            {"TT02", "2026-12-10T09:20:00"},   // Thu, week 13, block 4: U, 35
            {"TT02", "2026-12-18T09:20:00"},   // Fri, week 14, block 4: U, 35
            {"TT02", "2027-01-08T09:20:00"},   // Fri, week 15, block 4: U, 35
            {"TT02", "2027-01-11T09:20:00"},   // Mon, week 16, block 4: U, 35
            {"TT02", "2027-01-19T09:09:59"},   // Tue, week 17, block 5: L, one second before the close, 24
            {"TT02", "2027-01-29T09:10:00"},   // Fri, week 18, block 5: U, 25
            // T04 Dev
            {"TT04", "2026-12-09T08:50:00"},   // Wed, week 13, block 4: L, 5
            {"TT04", "2027-01-18T08:55:00"},   // Mon, week 17, block 5: L, 10
            {"TT04", "2027-01-18T09:02:00"},   // the same morning again: a repeat, never a second mark (would be 17)
            {"TT04", "2027-01-26T09:35:00", "medical"}, // Tue, week 18, block 5: U, 50; amended to M below
            {"TT04", "2027-02-03T09:05:00"},   // Wed, week 19, block 5: L, 20
            // T05 Ella
            {"TT05", "2027-01-18T08:44:59"},   // Mon, week 17: one second before the register is taken: on time
    };

    /** The roster imported, every arrival signed in and Dev's U amended to M, all through the command line. */
    @BeforeAll
    static void seedTheSchool() throws Exception {
        String db = seeded.resolve("two-terms.db").toString();
        Path roster = seeded.resolve("roster.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge\n"
                + "T01,Amara,Okafor,6,6A,TT01\n"
                + "T02,Ben,Carter,6,6A,TT02\n"
                + "T03,Chloe,Davies,4,4B,TT03\n"
                + "T04,Dev,Patel,5,5B,TT04\n"
                + "T05,Ella,Novak,4,4B,TT05\n"
                + "T06,Finn,Walsh,3,3C,TT06\n", StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(FRIDAY_12_FEB, "roster", "import", "--school", SCHOOL, "--db", db,
                roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        for (String[] arrival : ARRIVALS) {
            List<String> args = new ArrayList<>(List.of("sign-in", "--school", SCHOOL, "--db", db, "--badge",
                    printed(arrival[0]), "--at", arrival[1]));
            if (arrival.length > 2) {
                args.addAll(List.of("--reason", arrival[2]));
            }
            CommandLineRun run = lategate(FRIDAY_12_FEB, args.toArray(String[]::new));
            assertEquals(0, run.exit(), String.join(" ", arrival) + ": " + run.out() + run.err());
        }
        CommandLineRun head = withPins("1234\n", FRIDAY_12_FEB, "staff", "add", "--school", SCHOOL, "--db", db,
                "--username", "head", "--name", "Sam Head", "--position", "Headteacher", "--role", "administrator");
        assertEquals(0, head.exit(), head.err());
        CommandLineRun amend = withPins("1234\n", FRIDAY_12_FEB, "amend", "pupil", "--school", SCHOOL, "--db", db,
                "--staff", "head", "--pupil", "T04", "--date", "2027-01-26", "--register", "AM", "--code", "M",
                "--reason", "dental appointment", "--evidence", "appointment card seen");
        assertEquals(0, amend.exit(), amend.err());
        // Every command has closed the file, so SQLite has folded its write-ahead log back into it.
        assertTrue(Files.notExists(seeded.resolve("two-terms.db-wal")), "the seeded database is one file");
    }

    @BeforeEach
    void copyTheSeededSchool() throws Exception {
        db = Files.copy(seeded.resolve("two-terms.db"), dir.resolve("two-terms.db")).toString();
    }

    @Test
    @DisplayName("Oak Meadow Appendix 2: block 2 runs across the autumn half term, because the half-term week is not "
            + "a school week")
    void aBlockSpanningTheHalfTermTakesWeeksFromBothSides() {
        // Block 2 is weeks 5-8: 5 Oct, 12 Oct, 19 Oct, then (26 Oct is half term, no week) 2 Nov.
        // Chloe: L 5 Oct (15) + L 22 Oct (20) + L 3 Nov (1) + U 4 Nov (25): 3 L, 1 U, 15+20+1+25 = 61 minutes;
        //        block 1 had 2 late marks (8 and 16 Sep), so the change is 4 - 2 = +2.
        // Amara: U 2 Nov (45): 0 L, 1 U, 45; none in block 1, change 1 - 0 = 1.
        // Ben:   U 6 Nov (30): 0 L, 1 U, 30; change 1.
        // Finn had a U in block 1 and none in block 2: he keeps a row with change -1, because the drop is
        // what the review looks for.
        assertEquals(List.of(BLOCK_HEADER,
                "2,5,8,T01,Amara,Okafor,6,6A,0,1,45,1,",
                "2,5,8,T02,Ben,Carter,6,6A,0,1,30,1,",
                "2,5,8,T03,Chloe,Davies,4,4B,3,1,61,2,",
                "2,5,8,T06,Finn,Walsh,3,3C,0,0,0,-1,"), blocksCsv("2"));
    }

    @Test
    @DisplayName("Oak Meadow Appendix 2: a block in the spring term, as worked out by hand, with the change from "
            + "the block across Christmas")
    void aSpringBlockIsExactlyAsWorkedOutByHand() {
        // Block 5 is weeks 17-20: 18 Jan to 12 Feb. Block 4 (weeks 13-16) is 7 Dec to 15 Jan, Christmas skipped.
        // Amara: U 21 Jan (26), 25 Jan (60), 1 Feb (25): 0 L, 3 U, 111; block 4 had 4 (8 Dec, 16 Dec, 5 Jan,
        //        13 Jan PM): change 3 - 4 = -1.
        // Ben:   L 19 Jan at 09:09:59 (24), U 29 Jan at 09:10:00 (25): 1 L, 1 U, 49; block 4 had 4: change -2.
        // Dev:   L 18 Jan (10; the 09:02 repeat is not a mark), U 26 Jan amended to M (no longer late),
        //        L 3 Feb (20): 2 L, 0 U, 30; block 4 had 1 (9 Dec): change +1.
        // Ella:  on time (08:44:59): no late mark, not listed.
        // Finn:  PM U 10 Feb (45), AM U 11 Feb at 11:30 (165): 0 L, 2 U, 210; block 4 had none: change 2.
        assertEquals(List.of(BLOCK_HEADER,
                "5,17,20,T01,Amara,Okafor,6,6A,0,3,111,-1,",
                "5,17,20,T02,Ben,Carter,6,6A,1,1,49,-2,",
                "5,17,20,T04,Dev,Patel,5,5B,2,0,30,1,",
                "5,17,20,T06,Finn,Walsh,3,3C,0,2,210,2,"), blocksCsv("5"));
    }

    @Test
    @DisplayName("Oak Meadow Appendix 2: block 1 has no previous block, so its change is empty")
    void theFirstBlockHasNoChange() {
        // Block 1 is weeks 1-4: 7 Sep to 2 Oct.
        // Chloe: L 8 Sep (5) + L 16 Sep (12): 2 L, 0 U, 17.  Finn: PM U 24 Sep (35): 0 L, 1 U, 35.
        assertEquals(List.of(BLOCK_HEADER,
                "1,1,4,T03,Chloe,Davies,4,4B,2,0,17,,",
                "1,1,4,T06,Finn,Walsh,3,3C,0,1,35,,"), blocksCsv("1"));
    }

    @Test
    @DisplayName("Oak Meadow §7, PSA §H: a U amended to M is no longer a late mark, nor in minutes late; the "
            + "original U stays in the register")
    void aUAmendedToMIsNoLongerALateMark() throws Exception {
        // Dev's arrival on Tue 26 Jan at 09:35 was U, 50 minutes (09:35 - 08:45), and stays so in the register.
        assertEquals(List.of("U|50|"), rows("SELECT mark || '|' || minutes_late || '|' || coalesce(repeat_of, '') "
                + "FROM arrivals WHERE pupil_id = 'T04' AND school_date = '2027-01-26'"));
        assertEquals(List.of("U>M"), rows("SELECT original_code || '>' || amended_code FROM amendments "
                + "WHERE pupil_id = 'T04'"));
        // Block 5 counts it as it stands, M: 0 U, and 10 + 20 = 30 minutes, not 10 + 50 + 20 = 80.
        assertTrue(blocksCsv("5").contains("5,17,20,T04,Dev,Patel,5,5B,2,0,30,1,"), blocksCsv("5").toString());
        // Nor is it a U for the penalty notice threshold: Dev is nowhere near it (PSA §X, KTS §5.2).
        assertTrue(thresholdsCsv("2027-02-12").stream().noneMatch(line -> line.startsWith("T04,")));
    }

    @Test
    @DisplayName("Oak Meadow Appendix 2: a second scan the same morning is kept as a repeat and counts once")
    void aRepeatScanTheSameMorningCountsOnce() throws Exception {
        // Both scans of Mon 18 Jan are kept: the 08:55 one is the mark (L, 10); the 09:02 one is a repeat of it,
        // kept with what it would have been on its own (L, 09:02 - 08:45 = 17) but never a mark.
        List<String> scans = rows("SELECT substr(arrived_local, 12, 5) || ' ' || mark || ' ' || minutes_late || ' '"
                + " || (repeat_of IS NOT NULL) FROM arrivals WHERE pupil_id = 'T04' AND school_date = '2027-01-18' "
                + "ORDER BY id");
        assertEquals(List.of("08:55 L 10 0", "09:02 L 17 1"), scans);
        // Block 5 has Dev with 2 L (18 Jan, 3 Feb), not 3, and 10 + 20 = 30 minutes, not 10 + 17 + 20 = 47.
        assertTrue(blocksCsv("5").contains("5,17,20,T04,Dev,Patel,5,5B,2,0,30,1,"), blocksCsv("5").toString());
    }

    @Test
    @DisplayName("an INSET day is not a school day: a sign-in on it marks nothing, yet its week is still school "
            + "week 9")
    void aSignInOnTheInsetDayMarksNothingAndItsWeekStillCounts() throws Exception {
        String before = snapshot("arrivals", "arrival_reasons", "amendments", "pupils");
        int scansBefore = rows("SELECT id FROM unmarked_scans").size();
        CommandLineRun inset = lategate(FRIDAY_12_FEB, "sign-in", "--school", SCHOOL, "--db", db, "--badge",
                printed("TT05"), "--at", "2026-11-13T09:00:00");
        assertEquals(1, inset.exit(), inset.out());
        assertEquals("lategate: Friday 13 November 2026 is not a school day (INSET day: Staff training), so there is "
                + "no register to mark. Nothing was marked (the scan is kept for the office).\n", inset.err());
        assertTrue(inset.out().contains("There is no register to sign in to now."), inset.out());
        // No mark, no reason: the register is as it was. The scan itself goes to the office's scan log.
        assertEquals(before, snapshot("arrivals", "arrival_reasons", "amendments", "pupils"));
        assertEquals(scansBefore + 1, rows("SELECT id FROM unmarked_scans").size());
        assertEquals(List.of("T05"), rows("SELECT pupil_id FROM unmarked_scans ORDER BY id DESC LIMIT 1"));

        // Week 9 (9-13 Nov) keeps its Monday to Thursday, so it is a school week and block 3 is weeks 9-12,
        // 9 Nov to 4 Dec. Were it dropped, block 3 would run to 11 Dec and take in Amara's 8 Dec U.
        // Amara: U 9 Nov (45), 17 Nov (27), 25 Nov (75), 3 Dec (35): 0 L, 4 U, 182; block 2 had 1: change 3.
        // Ben:   U 16 Nov, 24 Nov, 2 Dec (35 each): 0 L, 3 U, 105; block 2 had 1: change 2.
        // Chloe: 4 late marks in block 2 and none in block 3: change -4.
        assertEquals(List.of(BLOCK_HEADER,
                "3,9,12,T01,Amara,Okafor,6,6A,0,4,182,3,",
                "3,9,12,T02,Ben,Carter,6,6A,0,3,105,2,",
                "3,9,12,T03,Chloe,Davies,4,4B,0,0,0,-4,"), blocksCsv("3"));
    }

    @Test
    @DisplayName("PSA §X, KTS §5.2: 10 U in a rolling 10 school weeks across Christmas reach the penalty notice "
            + "threshold; the holiday weeks do not count")
    void tenUAcrossChristmasReachTheThresholdBecauseHolidayWeeksDoNotCount() {
        // On Fri 29 Jan 2027 (week 18) the window is the 10 school weeks 9-18: 9 Nov to 29 Jan, twelve calendar
        // weeks, because the two Christmas weeks are not school weeks.
        // Amara: her U of Mon 2 Nov is week 8, 11 school weeks back: out. Mon 9 Nov (week 9, 10 back) is in:
        //        9 Nov, 17 Nov, 25 Nov, 3 Dec, 8 Dec, 16 Dec, 5 Jan, 13 Jan (PM), 21 Jan, 25 Jan = 10: reached.
        //        (Her 1 Feb U is after the day.) Counting calendar weeks instead, the window would start on
        //        23 Nov and she would have 8.
        // Ben:   his U of 6 Nov (week 8) is out; 16 Nov, 24 Nov, 2 Dec, 10 Dec, 18 Dec, 8 Jan, 11 Jan, 29 Jan
        //        = 8 (the L of 19 Jan is not a U): approaching (the warning level, 8).
        // Chloe has one U (week 8, out), Dev's U is now M, Finn's U are in weeks 3 and 20: nobody else is listed.
        assertEquals(List.of(THRESHOLD_HEADER,
                "T01,Amara,Okafor,6,6A,penalty_notice,reached,10,10,9,18,2026-11-09 AM;2026-11-17 AM;2026-11-25 AM;"
                        + "2026-12-03 AM;2026-12-08 AM;2026-12-16 AM;2027-01-05 AM;2027-01-13 PM;2027-01-21 AM;"
                        + "2027-01-25 AM" + COUNTS,
                "T02,Ben,Carter,6,6A,penalty_notice,approaching,8,10,9,18,2026-11-16 AM;2026-11-24 AM;2026-12-02 AM;"
                        + "2026-12-10 AM;2026-12-18 AM;2027-01-08 AM;2027-01-11 AM;2027-01-29 AM" + COUNTS),
                thresholdsCsv("2027-01-29"));
    }

    @Test
    @DisplayName("Oak Meadow Appendix 2: a block that has not started yet is refused, and nothing is written")
    void aBlockThatHasNotStartedIsRefused() throws Exception {
        String before = snapshot();
        // Today is Fri 12 Feb (week 20); block 6 is weeks 21-24, from Mon 22 Feb after the spring half term.
        CommandLineRun run = lategate(FRIDAY_12_FEB, "report", "blocks", "--school", SCHOOL, "--db", db, "--block",
                "6", "--csv");
        assertEquals(1, run.exit());
        assertEquals("", run.out());
        assertEquals("lategate: block 6 has not started: its first school day is 2027-02-22\n", run.err());
        assertEquals(before, snapshot());
    }

    @Test
    @DisplayName("PSA §X, KTS §5.2: a day outside the academic year is refused for the threshold, and nothing is "
            + "written")
    void aDayOutsideTheAcademicYearIsRefused() throws Exception {
        String before = snapshot();
        for (String day : List.of("2027-08-02", "2026-08-31")) {
            CommandLineRun run = lategate(FRIDAY_12_FEB, "report", "thresholds", "--school", SCHOOL, "--db", db,
                    "--on", day, "--csv");
            assertEquals(1, run.exit(), day);
            assertEquals("", run.out());
            assertEquals("lategate: --on " + day + " is outside the academic year 2026-09-01 to 2027-07-31\n",
                    run.err());
        }
        assertEquals(before, snapshot());
    }

    @Test
    @DisplayName("settings whose terms overlap are refused with FILE:LINE: KEY, and nothing is written")
    void settingsWithOverlappingTermsAreRefused() throws Exception {
        // The spring term made to start on Mon 14 Dec, inside the autumn term (7 Sep to 18 Dec).
        String text = Files.readString(SETTINGS, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        String springStarts = lines.stream().filter(l -> l.startsWith("starts = 2027-01-04")).findFirst().orElseThrow();
        int line = lines.indexOf(springStarts) + 1;
        Path overlapping = Files.createDirectories(dir.resolve("bad")).resolve("two-terms.toml");
        Files.writeString(overlapping, text.replace(springStarts, "starts = 2026-12-14"), StandardCharsets.UTF_8);
        String before = snapshot();
        String expected = overlapping + ":" + line + ": calendar.terms[2].starts: the term 'Spring term' overlaps "
                + "the term 'Autumn term' (2026-09-07 to 2026-12-18)\n"
                + "lategate: the settings file has 1 problem; nothing was done\n";

        // A sign-in on a school day that would otherwise be marked L (Mon 8 Feb, 09:00).
        CommandLineRun signIn = lategate(FRIDAY_12_FEB, "sign-in", "--school", overlapping.toString(), "--db", db,
                "--badge", printed("TT05"), "--at", "2027-02-08T09:00:00");
        assertEquals(1, signIn.exit());
        assertEquals(expected, signIn.err());
        CommandLineRun report = lategate(FRIDAY_12_FEB, "report", "blocks", "--school", overlapping.toString(),
                "--db", db, "--block", "1", "--csv");
        assertEquals(1, report.exit());
        assertEquals(expected, report.err());
        assertEquals(before, snapshot());
        // And the same sign-in with the good file is marked, so it was the settings that stopped it.
        assertEquals(0, lategate(FRIDAY_12_FEB, "sign-in", "--school", SCHOOL, "--db", db, "--badge", printed("TT05"),
                "--at", "2027-02-08T09:00:00").exit());
        assertNotEquals(before, snapshot());
    }

    private List<String> blocksCsv(String block) {
        CommandLineRun run = lategate(FRIDAY_12_FEB, "report", "blocks", "--school", SCHOOL, "--db", db, "--block",
                block, "--csv");
        assertEquals(0, run.exit(), run.err());
        return run.out().lines().toList();
    }

    private List<String> thresholdsCsv(String on) {
        CommandLineRun run = lategate(FRIDAY_12_FEB, "report", "thresholds", "--school", SCHOOL, "--db", db, "--on",
                on, "--csv");
        assertEquals(0, run.exit(), run.err());
        return run.out().lines().toList();
    }

    private List<String> rows(String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    /** Every row of the given tables, or of every table in the file, as text: equal means nothing was written. */
    private String snapshot(String... only) throws Exception {
        List<String> tables = only.length > 0 ? List.of(only)
                : rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
        StringBuilder all = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            for (String table : tables) {
                all.append("== ").append(table).append('\n');
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY rowid")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            all.append(r.getString(i)).append('|');
                        }
                        all.append('\n');
                    }
                }
            }
        }
        return all.toString();
    }
}
