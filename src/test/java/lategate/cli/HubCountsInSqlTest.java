package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.app.RegisterHistory;
import lategate.demo.GeneratedYear;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.lateness.LateCounts;
import lategate.domain.lateness.LateEntry;
import lategate.domain.lateness.LatenessBlocks;
import lategate.settings.SchoolSettings;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubReports;
import lategate.sync.hub.HubSchoolRecords;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust's reports count on the hub, in SQL (docs/hub.md, "The trust's reports in SQL"): late
 * marks per pupil and block, and the pupils a threshold could list. They count the entries the
 * kiosks resolved (docs/the-entry-as-it-stands.md) and must give exactly what the domain's own
 * counting gives over the same entries, and the same reports as each kiosk's database: three
 * schools' generated years (persistent latecomers over the thresholds, U amended to M, pupils whose
 * late marks dropped to zero), synced as their kiosks sync. The thresholds are the national
 * framework for penalty notices (August 2024: 10 sessions of unauthorised absence in 10 school
 * weeks) and the demo school's persistent late arrival policy.
 */
class HubCountsInSqlTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock EVENING = HubFixture.at("2026-11-24T17:00:00Z");

    @TempDir
    static Path dir;
    private static HubFixture hub;
    private static final List<GeneratedYear.Generated> YEARS = new ArrayList<>();
    private static final List<String> IDS = List.of("ash", "birch", "cedar");

    @BeforeAll
    static void trust() throws Exception {
        hub = new HubFixture(dir.resolve("hub"));
        long seed = 31;
        for (String id : IDS) {
            Path password = hub.addSchool(id, "kiosk_" + id);
            GeneratedYear.Generated year = GeneratedYear.generate(dir.resolve(id), 60, seed++, TODAY, id,
                    "School " + id);
            Files.writeString(year.settings(), "\n[sync]\npassword_file = \"" + password.toAbsolutePath() + "\"\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            CommandLineRun sync = lategate(EVENING, "sync", "--school", year.settings().toString(), "--db",
                    year.database().toString(), "--to", hub.address("kiosk_" + id), "--kiosk-id", "gate");
            assertEquals(0, sync.exit(), sync.err());
            YEARS.add(year);
        }
    }

    /** The domain's counting over the hub's entries: the interface's own methods, nothing the hub counts. */
    private static RegisterHistory inJava(HubSchoolRecords hubRecords) {
        return new RegisterHistory() {
            @Override
            public List<LateEntry> entriesBetween(LocalDate from, LocalDate to) {
                return hubRecords.entriesBetween(from, to);
            }

            @Override
            public List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to) {
                return hubRecords.lateBookOf(pupilId, from, to);
            }

            @Override
            public List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to) {
                return hubRecords.lateBookBetween(from, to);
            }
        };
    }

    @Test
    @DisplayName("late marks per pupil and block counted in SQL are the domain's counts of the same entries, "
            + "spans that overlap and a block split by half-term included")
    void lateCountsMatch() throws Exception {
        try (HubReports reports = HubReports.open(hub.adminAddress(), HubPassword.from(Optional.of(hub.adminPassword)))) {
            int amendedToM = 0;
            for (int i = 0; i < IDS.size(); i++) {
                SchoolCalendar calendar = SchoolSettings.read(YEARS.get(i).settings()).school().calendar();
                HubSchoolRecords records = reports.school(IDS.get(i));
                List<LateCounts.Span> spans = new ArrayList<>(new LatenessBlocks(calendar)
                        .spans(calendar.yearStarts(), calendar.yearEnds()));
                // a stage review period over several blocks, and one of a single week: they overlap the blocks
                spans.add(new LateCounts.Span(-1, calendar.yearStarts().plusWeeks(3), calendar.yearStarts().plusWeeks(9)));
                spans.add(new LateCounts.Span(-2, calendar.yearStarts().plusWeeks(4), calendar.yearStarts().plusWeeks(5)));
                assertTrue(spans.stream().filter(s -> s.key() > 0).count()
                        > spans.stream().filter(s -> s.key() > 0).map(LateCounts.Span::key).distinct().count(),
                        "a block split by a half-term holiday is two spans with one key: " + spans);

                LateCounts sql = records.lateCounts(spans);
                LateCounts java = inJava(records).lateCounts(spans);
                assertEquals(java, sql, IDS.get(i));
                assertTrue(sql.pupils().size() > 30, "most pupils have a late mark: " + sql.pupils().size());
                assertTrue(sql.lateMarks(-2).size() > 0 && sql.lateMarks(-1).size() > sql.lateMarks(-2).size());
                amendedToM += YEARS.get(i).amendedToM();
            }
            assertTrue(amendedToM > 0, "some U were amended to M, and count no more on either side");
        }
    }

    @Test
    @DisplayName("the pupils a threshold could list, selected in SQL, are the domain's: the same entries for every "
            + "warning level")
    void thresholdCandidatesMatch() throws Exception {
        try (HubReports reports = HubReports.open(hub.adminAddress(), HubPassword.from(Optional.of(hub.adminPassword)))) {
            for (int i = 0; i < IDS.size(); i++) {
                SchoolCalendar calendar = SchoolSettings.read(YEARS.get(i).settings()).school().calendar();
                HubSchoolRecords records = reports.school(IDS.get(i));
                LocalDate from = calendar.yearStarts();
                LocalDate to = YEARS.get(i).thresholdsOn();
                for (int atLeast : new int[] {1, 3, 8, 10}) {
                    List<LateEntry> sql = records.unauthorisedOfPupilsWithAtLeast(from, to, atLeast);
                    List<LateEntry> java = inJava(records).unauthorisedOfPupilsWithAtLeast(from, to, atLeast);
                    assertEquals(java.stream().sorted(ORDER).toList(), sql.stream().sorted(ORDER).toList(),
                            IDS.get(i) + ", at least " + atLeast);
                }
                assertTrue(records.unauthorisedOfPupilsWithAtLeast(from, to, 10).size() > 0,
                        "a persistent latecomer has ten unauthorised sessions or more");
            }
        }
    }

    @Test
    @DisplayName("every school's late counts and threshold candidates read together in one statement each "
            + "(the --all reports' batch) are the domain's counts of each school's own entries")
    void batchedAcrossSchoolsMatch() throws Exception {
        try (HubReports reports = HubReports.open(hub.adminAddress(), HubPassword.from(Optional.of(hub.adminPassword)))) {
            List<HubSchoolRecords> records = new ArrayList<>();
            List<List<LateCounts.Span>> spans = new ArrayList<>();
            List<LocalDate[]> windows = new ArrayList<>();
            for (int i = 0; i < IDS.size(); i++) {
                SchoolCalendar calendar = SchoolSettings.read(YEARS.get(i).settings()).school().calendar();
                records.add(reports.school(IDS.get(i)));
                List<LateCounts.Span> of = new ArrayList<>(new LatenessBlocks(calendar)
                        .spans(calendar.yearStarts(), calendar.yearEnds()));
                of.add(new LateCounts.Span(-1, calendar.yearStarts().plusWeeks(3), calendar.yearStarts().plusWeeks(9)));
                spans.add(of);
                windows.add(new LocalDate[] {calendar.yearStarts().plusWeeks(2 + i), YEARS.get(i).thresholdsOn()});
            }
            Runnable asks = () -> {
                for (int i = 0; i < IDS.size(); i++) {
                    records.get(i).lateCounts(spans.get(i));
                    for (int atLeast : new int[] {1, 8}) {
                        records.get(i).unauthorisedOfPupilsWithAtLeast(windows.get(i)[0], windows.get(i)[1], atLeast);
                    }
                }
            };
            reports.reads().plan(asks);
            int batches = reports.reads().batches();
            assertEquals(3, batches, "late counts, unauthorised absences and their pupils: one statement each");
            for (int i = 0; i < IDS.size(); i++) {
                HubSchoolRecords one = records.get(i);
                assertEquals(inJava(one).lateCounts(spans.get(i)), one.lateCounts(spans.get(i)), IDS.get(i));
                for (int atLeast : new int[] {1, 8}) {
                    LocalDate from = windows.get(i)[0];
                    LocalDate to = windows.get(i)[1];
                    assertEquals(inJava(one).unauthorisedOfPupilsWithAtLeast(from, to, atLeast).stream().sorted(ORDER)
                            .toList(), one.unauthorisedOfPupilsWithAtLeast(from, to, atLeast).stream().sorted(ORDER)
                            .toList(), IDS.get(i) + ", at least " + atLeast);
                }
            }
            assertEquals(batches, reports.reads().batches());
            assertEquals(0, reports.reads().readAlone(), "every answer came from the batch");
        }
    }

    private static final java.util.Comparator<LateEntry> ORDER = java.util.Comparator.comparing(LateEntry::date)
            .thenComparing(LateEntry::pupilId).thenComparing(LateEntry::register);

    @Test
    @DisplayName("report blocks and thresholds --all on the hub, counted in SQL, give each kiosk's own report row for "
            + "row, in every block: pupils dropped to zero and thresholds reached included")
    void trustReportsMatchEachKiosk() {
        int blocks = YEARS.get(0).block();
        boolean droppedToZero = false;
        for (int b = 1; b <= blocks; b++) {
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < IDS.size(); i++) {
                String kiosk = ok(lategate(EVENING, "report", "blocks", "--school", YEARS.get(i).settings().toString(),
                        "--db", YEARS.get(i).database().toString(), "--block", Integer.toString(b), "--csv"));
                for (String row : kiosk.lines().skip(1).toList()) {
                    expected.add(IDS.get(i) + "," + row);
                    // late_l and late_u 0, change negative: late in the block before, not in this one
                    String[] cells = row.split(",", -1);
                    droppedToZero |= cells[8].equals("0") && cells[9].equals("0") && cells[11].startsWith("-");
                }
            }
            String all = ok(lategate(EVENING, "report", "blocks", "--hub", hub.adminAddress(), "--hub-password-file",
                    hub.adminPassword.toString(), "--all", "--block", Integer.toString(b), "--csv"));
            assertEquals(expected, all.lines().skip(1).toList(), "block " + b);
        }
        assertTrue(droppedToZero, "a pupil whose late marks dropped to zero keeps a row");

        LocalDate on = YEARS.get(0).thresholdsOn();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < IDS.size(); i++) {
            String kiosk = ok(lategate(EVENING, "report", "thresholds", "--school", YEARS.get(i).settings().toString(),
                    "--db", YEARS.get(i).database().toString(), "--on", on.toString(), "--csv"));
            String id = IDS.get(i);
            kiosk.lines().skip(1).forEach(r -> expected.add(id + "," + r));
        }
        assertTrue(expected.stream().anyMatch(r -> r.contains(",penalty_notice,reached,")), String.join("\n", expected));
        String all = ok(lategate(EVENING, "report", "thresholds", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--all", "--on", on.toString(), "--csv"));
        assertEquals(expected, all.lines().skip(1).toList());
    }

    private static String ok(CommandLineRun run) {
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }
}
