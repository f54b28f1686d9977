package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The penalty notice threshold (Working together to improve school attendance, August 2024; The Education
 * (Penalty Notices) (England) (Amendment) Regulations 2024): "10 sessions of unauthorised absence in a rolling
 * period of 10 school weeks". The weeks roll across the summer into the previous school year; lategate holds
 * only its own U marks and says so; a pupil below compulsory school age (Education Act 1996 s.8) is listed
 * apart. Through the command line on a real database: the school's 2025-26 settings record the July marks, then
 * its 2026-27 settings (the demo's calendar, with the year before as [calendar.previous_year]) report on them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // one database, set up once: the tests only read it
class PenaltyNoticeThresholdWindowTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final Clock FRIDAY_18_SEPT = Clock.fixed(Instant.parse("2026-09-18T16:00:00Z"),
            ZoneId.of("Europe/London"));
    private static final String COUNTS = "counts U marks recorded here only; unauthorised absences recorded in the "
            + "MIS also count";
    /** 2025-26 without half terms: weeks 1-16 autumn, 17-28 spring, 29-43 summer (w/c 13 April to 20 July). */
    private static final String YEAR_2025_26 = """
            year_starts = 2025-09-01
            year_ends = 2026-07-31

            [[%1$s.terms]]
            name = "Autumn term"
            starts = 2025-09-01
            ends = 2025-12-19

            [[%1$s.terms]]
            name = "Spring term"
            starts = 2026-01-05
            ends = 2026-03-27

            [[%1$s.terms]]
            name = "Summer term"
            starts = 2026-04-13
            ends = 2026-07-22

            """;

    private Path dir;
    private String db;
    private Path thisYear;

    @BeforeAll
    void lastJulyThenThisSeptember(@TempDir Path tempDir) throws Exception {
        dir = tempDir;
        String demo = Files.readString(Path.of(DEMO));
        int calendar = demo.indexOf("[calendar]");
        int reasons = demo.indexOf("[[reasons]]");
        // The school's settings as they were last year: only the calendar differs.
        Path lastYear = Files.createDirectories(dir.resolve("2025-26")).resolve("demo.toml");
        Files.writeString(lastYear, demo.substring(0, calendar) + "[calendar]\n"
                + YEAR_2025_26.formatted("calendar") + demo.substring(reasons));
        // This year's: the demo's 2026-27, and last year's terms so the rolling weeks can reach back.
        thisYear = Files.createDirectories(dir.resolve("2026-27")).resolve("demo.toml");
        Files.writeString(thisYear, demo.substring(0, reasons) + "[calendar.previous_year]\n"
                + YEAR_2025_26.formatted("calendar.previous_year") + demo.substring(reasons));

        db = dir.resolve("school.db").toString();
        Path roster = dir.resolve("roster.csv");
        // D2 was born 15 Jan 2022: five on 15 Jan 2027, of compulsory school age from 31 March 2027.
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge,date_of_birth\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001,2017-05-01\nD2,Noah,Patel,R,RB,DEMO0002,2022-01-15\n",
                StandardCharsets.UTF_8);
        CommandLineRun imported = lategate(FRIDAY_18_SEPT, "roster", "import", "--school", lastYear.toString(),
                "--db", db, roster.toString());
        assertEquals(0, imported.exit(), imported.err());
        // Amelia: 6 U in the last two school weeks of July (weeks 42 and 43 of 2025-26) ...
        for (String day : List.of("2026-07-13", "2026-07-14", "2026-07-15", "2026-07-16", "2026-07-17",
                "2026-07-20")) {
            signInAfterTheClose(lastYear, "DEMO0001", day);
        }
        // ... and 4 in this September's first school weeks (pupils from Thu 3 Sep).
        for (String day : List.of("2026-09-03", "2026-09-04", "2026-09-07", "2026-09-08")) {
            signInAfterTheClose(thisYear, "DEMO0001", day);
        }
        // Noah, four years old: 10 U in September.
        for (String day : List.of("2026-09-03", "2026-09-04", "2026-09-07", "2026-09-08", "2026-09-09",
                "2026-09-10", "2026-09-11", "2026-09-14", "2026-09-15", "2026-09-16")) {
            signInAfterTheClose(thisYear, "DEMO0002", day);
        }
    }

    private void signInAfterTheClose(Path school, String badge, String day) {
        CommandLineRun run = lategate(FRIDAY_18_SEPT, "sign-in", "--school", school.toString(), "--db", db,
                "--badge", printed(badge), "--at", day + "T09:30:00");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("U"), day + ": " + run.out());
    }

    private CommandLineRun thresholds(String school, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("report", "thresholds", "--school", school, "--db", db,
                "--on", "2026-09-18"));
        args.addAll(List.of(more));
        CommandLineRun run = lategate(FRIDAY_18_SEPT, args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        return run;
    }

    /** The pupil's penalty notice row (the demo also sets persistent late arrival, 4 U in a term). */
    private static Optional<List<String>> row(CommandLineRun csv, String pupil) {
        return csv.out().lines().map(l -> List.of(l.split(",", -1)))
                .filter(cells -> cells.get(0).equals(pupil) && cells.get(5).equals("penalty_notice")).findFirst();
    }

    @Test
    @DisplayName("national framework, \"rolling period of 10 school weeks\": in week 3 the window reaches back over "
            + "the summer to the previous year's last 7 school weeks, so 6 U in July and 4 in September reach 10")
    void theWindowReachesIntoLastJuly() {
        CommandLineRun csv = thresholds(thisYear.toString(), "--csv");
        assertEquals("pupil_id,given_name,family_name,year,class,threshold,level,u_sessions,limit,first_week,"
                + "last_week,u_dates,window_starts,note", csv.out().lines().findFirst().orElseThrow());
        List<String> amelia = row(csv, "D1").orElseThrow(() -> new AssertionError(csv.out()));
        assertEquals(List.of("D1", "Amelia", "Jones", "4", "4B", "penalty_notice", "reached", "10", "10", "37", "3",
                "2026-07-13 AM;2026-07-14 AM;2026-07-15 AM;2026-07-16 AM;2026-07-17 AM;2026-07-20 AM;"
                        + "2026-09-03 AM;2026-09-04 AM;2026-09-07 AM;2026-09-08 AM", "2026-06-08", COUNTS), amelia);

        CommandLineRun text = thresholds(thisYear.toString());
        assertTrue(text.out().contains("counted over school weeks 37-43 of the year from 2025-09-01 and 1-3 of this "
                + "year, from 2026-06-08"), text.out());
        assertTrue(text.out().contains("10 U in school weeks 37-43 of the year from 2025-09-01 and 1-3 of this year: "
                + "penalty notice threshold reached"), text.out());
    }

    @Test
    @DisplayName("without the previous year's terms in the settings the window stops at 1 September and says so: "
            + "Amelia's 4 September U are not listed")
    void withoutLastYearsTermsTheWindowSaysItIsShort() {
        CommandLineRun text = thresholds(DEMO);
        assertTrue(text.out().contains("only 3 of 10 school weeks: nothing before 2026-09-01 is counted as the "
                + "settings do not give the terms of the year before it ([calendar.previous_year])"), text.out());
        assertFalse(text.out().lines().anyMatch(l -> l.contains("Amelia") && l.contains("penalty notice")),
                text.out());
        CommandLineRun csv = thresholds(DEMO, "--csv");
        assertTrue(row(csv, "D1").isEmpty(), csv.out());
        assertEquals(COUNTS + "; only 3 of 10 school weeks: nothing before 2026-09-01 is counted as the settings do "
                + "not give the terms of the year before it ([calendar.previous_year])",
                row(csv, "D2").orElseThrow().get(13));
    }

    @Test
    @DisplayName("Education Act 1996 s.8: a four-year-old with 10 U is listed apart, never as \"penalty notice "
            + "threshold reached\"")
    void aFourYearOldIsListedApart() {
        CommandLineRun text = thresholds(thisYear.toString());
        String out = text.out();
        int apart = out.indexOf("Below compulsory school age, listed apart");
        assertTrue(apart > 0, out);
        List<String> noah = out.lines().filter(l -> l.contains("Noah Patel")).toList();
        assertEquals(2, noah.size(), "the penalty notice and persistent late arrival:\n" + out);
        assertTrue(noah.stream().allMatch(l -> out.indexOf(l) > apart), "Noah is under the heading, not with the "
                + "others:\n" + out);
        assertTrue(noah.stream().anyMatch(l -> l.contains("below compulsory school age until 2027-03-31, listed "
                + "apart: 10 unauthorised sessions, not a penalty notice threshold")), out);
        assertTrue(noah.stream().noneMatch(l -> l.contains("threshold reached")), out);

        List<String> csv = row(thresholds(thisYear.toString(), "--csv"), "D2").orElseThrow();
        assertEquals("penalty_notice", csv.get(5));
        assertEquals("below_compulsory_age", csv.get(6));
        assertEquals("10", csv.get(7));

        CommandLineRun page = lategate(FRIDAY_18_SEPT, "report", "pupil", "--school", thisYear.toString(), "--db",
                db, "D2");
        assertEquals(0, page.exit(), page.err());
        assertTrue(page.out().contains("below compulsory school age until 2027-03-31"), page.out());
        assertFalse(page.out().contains("penalty notice threshold reached"), page.out());
    }

    @Test
    @DisplayName("the threshold's text, CSV and the pupil's report all say the count holds only U marks recorded here")
    void everyOutputSaysWhatItCounts() {
        assertTrue(thresholds(thisYear.toString()).out().contains("it " + COUNTS), "text");
        CommandLineRun csv = thresholds(thisYear.toString(), "--csv");
        assertTrue(csv.out().lines().skip(1).filter(l -> l.contains(",penalty_notice,")).allMatch(l -> l.endsWith(COUNTS)),
                csv.out());
        assertTrue(csv.out().lines().skip(1).filter(l -> l.contains(",persistent_late,")).allMatch(l -> l.endsWith(
                "counts U marks recorded here only; U marks recorded in the MIS also count")), csv.out());
        CommandLineRun page = lategate(FRIDAY_18_SEPT, "report", "pupil", "--school", thisYear.toString(), "--db",
                db, "D1");
        assertEquals(0, page.exit(), page.err());
        assertTrue(page.out().contains("Threshold: penalty notice threshold reached, 10 U in school weeks 37-43 of the "
                + "year from 2025-09-01 and 1-3 of this year; " + COUNTS), page.out());
    }

    @Test
    @DisplayName("the governors' pack states what the penalty notice count leaves out, and the window's weeks")
    void thePackSaysWhatItCounts() throws Exception {
        Path pack = dir.resolve("pack.html");
        CommandLineRun run = lategate(FRIDAY_18_SEPT, "report", "pack", "--school", thisYear.toString(), "--db", db,
                "--block", "1", "--out", pack.toString());
        assertEquals(0, run.exit(), run.err());
        String html = Files.readString(pack);
        assertTrue(html.contains("It " + COUNTS + "."), html);
        assertTrue(html.contains("school weeks 37-43 of the year from 2025-09-01 and 1-3 of this year"), html);
    }

    @Test
    @DisplayName("config check: a previous year that does not end before this one starts is an error, with its line")
    void aPreviousYearMustComeBefore() throws Exception {
        Path school = Files.createDirectories(dir.resolve("overlap")).resolve("demo.toml");
        Files.writeString(school, Files.readString(thisYear).replace("year_ends = 2026-07-31",
                "year_ends = 2026-09-30"));
        CommandLineRun check = lategate(FRIDAY_18_SEPT, "config", "check", school.toString());
        assertEquals(1, check.exit(), check.out());
        assertTrue((check.out() + check.err()).contains("calendar.previous_year.year_ends: the previous academic year "
                + "ends 2026-09-30, not before this one starts 2026-09-01"), check.out() + check.err());
        assertEquals(0, lategate(FRIDAY_18_SEPT, "config", "check", thisYear.toString()).exit());
    }

    @Test
    @DisplayName("roster import: date_of_birth is optional, and one that is neither yyyy-mm-dd nor dd/mm/yyyy is "
            + "refused with its line")
    void aDateOfBirthThatIsNotADateIsRefused() throws Exception {
        Path roster = dir.resolve("bad.csv");
        Files.writeString(roster, "pupil_id,given_name,family_name,year,class,badge,date_of_birth\n"
                + "D1,Amelia,Jones,4,4B,DEMO0001,\nD2,Noah,Patel,R,RB,DEMO0002,15.01.2022\n", StandardCharsets.UTF_8);
        CommandLineRun run = lategate(FRIDAY_18_SEPT, "roster", "import", "--school", thisYear.toString(), "--db",
                db, roster.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.err().contains("bad.csv:3: date_of_birth must be a date written yyyy-mm-dd or dd/mm/yyyy, e.g. "
                + "2021-09-14 or 14/09/2021, not '15.01.2022'"), run.err());
    }
}
