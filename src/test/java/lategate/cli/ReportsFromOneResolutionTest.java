package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.app.LateBookEntry;
import lategate.app.RegisterHistory;
import lategate.app.ScanOrigin;
import lategate.app.SignIn;
import lategate.app.audit.Amendments;
import lategate.app.entry.Claims;
import lategate.app.entry.RegisterEntries;
import lategate.app.held.HeldScanImport;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockSpan;
import lategate.app.lateness.LatenessReports;
import lategate.app.lateness.LatenessReview;
import lategate.app.movement.LunchRegister;
import lategate.app.movement.Movements;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.SessionEntry;
import lategate.domain.lateness.LateEntry;
import lategate.domain.lateness.ThresholdStanding;
import lategate.domain.movement.Collection;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;
import lategate.reporting.Csv;
import lategate.reporting.SchoolReport;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqliteLunchPasses;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteSessionRecords;
import lategate.store.SqliteStageDecisions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The register has one truth (docs/domain.md, "The entry as it stands"): `report blocks` and `report
 * thresholds` read the year once, leanly, and resolve it once for both questions, and must give
 * exactly what resolving every pupil's sessions one pupil at a time gives ({@link RegisterEntries#ofPupil},
 * the full {@link lategate.domain.entry.EntryResolution#resolve}). One real SQLite file holds a term of
 * the demo school with every kind of record that changes an entry: L and U (after the register closed),
 * repeat scans, held scans recorded later, reasons and claims confirmed or refused, sign-outs out when a
 * register was taken, lunchtime passes back late, amendments (L or U to M, L to U, an afternoon's entry to
 * N), and pupils leaving and joining the roll mid-term.
 */
class ReportsFromOneResolutionTest {

    private static final String DEMO = "config/schools/demo.toml";
    private static final StaffIdentity OFFICE = new StaffIdentity("Pat Reed", "Receptionist");
    private static final Collection MUM = new Collection("Mum", "parent", true, Optional.empty());
    private static final int PUPILS = 40;
    /** After the term: every register of every day recorded has been taken. */
    private static final Clock AFTER = Clock.fixed(Instant.parse("2026-12-18T17:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    static Path dir;
    private static Path db;
    private static Settings settings;
    private static List<LocalDate> days;

    /** A clock the fixture moves to each record's time, as the office's day goes on. */
    private static final class MovingClock extends Clock {
        private Instant now = Instant.EPOCH;

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static Pupil pupil(int n) {
        return StoreFixture.pupil(String.format("P%03d", n), "Pupil", "Number" + n, (n % 6 + 1) + "B",
                String.format("B%04d", n));
    }

    @BeforeAll
    static void aTermOfEveryKindOfRecord() throws Exception {
        settings = SchoolSettings.read(Path.of(DEMO));
        ZoneId zone = settings.school().zone();
        days = new ArrayList<>();
        for (LocalDate d = settings.school().calendar().yearStarts(); d.isBefore(LocalDate.of(2026, 12, 18));
             d = d.plusDays(1)) {
            if (settings.school().calendar().isSchoolDay(d)) {
                days.add(d);
            }
        }
        db = dir.resolve("term.db");
        List<Pupil> roll = new ArrayList<>();
        for (int n = 1; n <= PUPILS; n++) {
            roll.add(pupil(n));
        }
        Random random = new Random(22);
        MovingClock clock = new MovingClock();
        try (Database database = StoreFixture.databaseWith(db, "demo", roll)) {
            SqliteRegisterLog register = new SqliteRegisterLog(database, zone);
            SqlitePupils pupils = new SqlitePupils(database);
            SqliteMovements movementLog = new SqliteMovements(database);
            SqliteSessionRecords records = new SqliteSessionRecords(database);
            RegisterEntries entries = new RegisterEntries(settings.school(), records, pupils, clock);
            SignIn signIn = TestBadges.signIn(settings.school(), database, pupils, register, movementLog, clock);
            Movements movements = new Movements(settings.school(), pupils, id -> List.of(
                    new lategate.domain.pupil.AuthorisedAdult(id, "Mum", "parent", true, Optional.of("01234 567890"))),
                    movementLog, clock, settings.collectionRule(), settings.medicalEvidence());
            SqliteLunchPasses passes = new SqliteLunchPasses(database);
            LunchRegister lunch = new LunchRegister(settings.school(), settings.lunch().orElseThrow(), pupils, passes,
                    movementLog, clock);
            Amendments amendments = new Amendments(settings.school(), register, entries,
                    new SqliteAmendments(database), clock, settings.medicalEvidence());
            Claims claims = new Claims(entries, records, clock);
            String[] reasons = {"medical", "overslept", "transport"};
            int joined = PUPILS;
            for (int d = 0; d < days.size(); d++) {
                LocalDate date = days.get(d);
                if (d == days.size() / 2) {
                    // Half-term's roster: two pupils leave, two join.
                    roll.removeIf(p -> p.id().equals("P001") || p.id().equals("P002"));
                    roll.add(pupil(++joined));
                    roll.add(pupil(++joined));
                    clock.now = date.atTime(7, 0).atZone(zone).toInstant();
                    pupils.importRoster(roll, date, clock.now, "half-term roster", "-");
                }
                for (Pupil p : List.copyOf(roll)) {
                    int n = Integer.parseInt(p.id().substring(1));
                    String badge = TestBadges.printed(String.format("B%04d", n));
                    // The first pupils are the persistent latecomers the thresholds are about.
                    double late = n <= 6 ? 0.5 : 0.08;
                    if (random.nextDouble() < late) {
                        boolean afterClose = random.nextDouble() < (n <= 6 ? 0.6 : 0.3);
                        Instant at = date.atTime(afterClose ? 9 : 8, afterClose ? 35 : 46)
                                .plusMinutes(random.nextInt(afterClose ? 40 : 13)).atZone(zone).toInstant();
                        clock.now = at.plusSeconds(5);
                        Optional<String> reason = random.nextInt(3) == 0
                                ? Optional.of(reasons[random.nextInt(reasons.length)]) : Optional.empty();
                        if (random.nextInt(10) == 0) {
                            signIn.scan(badge, at, ScanOrigin.noScanner("gate"), HeldScanImport.RECORDED_BY, reason);
                        } else {
                            signIn.scan(badge, at, "gate", "kiosk", reason);
                        }
                        if (random.nextInt(8) == 0) {
                            clock.now = at.plusSeconds(65);
                            signIn.scan(badge, at.plusSeconds(60), "gate", "kiosk", Optional.empty()); // a repeat
                        }
                        int staff = random.nextInt(12);
                        clock.now = date.atTime(15, 0).atZone(zone).toInstant();
                        try {
                            if (staff == 0) {
                                amendments.amend(p.id(), date, Register.AM, Optional.of(AttendanceCode.M),
                                        Optional.empty(), "appointment letter", Optional.empty(), OFFICE);
                            } else if (staff == 1) {
                                amendments.amend(p.id(), date, Register.AM, Optional.of(AttendanceCode.U),
                                        Optional.of("Late bus"), "arrived after the close", Optional.empty(), OFFICE);
                            } else if (staff <= 3 && reason.filter("medical"::equals).isPresent()) {
                                claims.decide(p.id(), date, Register.AM, staff == 2 ? ClaimDecision.Verdict.CONFIRMED
                                        : ClaimDecision.Verdict.REFUSED, "seen by the office", OFFICE);
                            }
                        } catch (lategate.app.Refused | IllegalArgumentException refused) {
                            // not a step that can happen here: nothing recorded
                        }
                    }
                    if (random.nextDouble() < 0.02) {
                        // Out with a parent from 11:00: the afternoon register is taken while they are out.
                        Instant out = date.atTime(11, 0).atZone(zone).toInstant();
                        clock.now = out.plusSeconds(5);
                        try {
                            movements.signOut(p.id(), out, AttendanceCode.M, "appointment",
                                    new lategate.domain.movement.CollectionRule.Request("Mum", "", Optional.empty(),
                                            out), true, Optional.empty(), OFFICE);
                            if (random.nextBoolean()) {
                                Instant back = date.atTime(14, random.nextInt(50)).atZone(zone).toInstant();
                                clock.now = back.plusSeconds(5);
                                movements.signBackIn(p.id(), back, OFFICE);
                            }
                        } catch (lategate.app.Refused | IllegalArgumentException refused) {
                            // already out: nothing recorded
                        }
                    }
                    if (n % 10 == 3 && random.nextDouble() < 0.3) {
                        // A lunchtime pass holder, back around the afternoon register (13:15).
                        Instant out = date.atTime(12, 16).atZone(zone).toInstant();
                        clock.now = out.plusSeconds(5);
                        try {
                            if (passes.ofPupil(p.id()).isEmpty()) {
                                passes.grant(p.id(), settings.school().calendar().yearStarts(), Optional.empty(),
                                        "parent's letter", out, OFFICE);
                            }
                            lunch.signOut(p.id(), out, MUM, OFFICE);
                            Instant back = date.atTime(13, 5 + random.nextInt(40)).atZone(zone).toInstant();
                            clock.now = back.plusSeconds(5);
                            lunch.signBackIn(p.id(), back, OFFICE);
                        } catch (lategate.app.Refused | IllegalArgumentException refused) {
                            // signed out already that day: nothing recorded
                        }
                    }
                    if (random.nextDouble() < 0.05) {
                        // The afternoon's entry (a lunchtime return, a sign-out) amended: N, reason not yet known.
                        clock.now = date.atTime(16, 0).atZone(zone).toInstant();
                        try {
                            amendments.amend(p.id(), date, Register.PM, Optional.of(AttendanceCode.N),
                                    Optional.empty(), "not in the afternoon", Optional.empty(), OFFICE);
                        } catch (lategate.app.Refused refused) {
                            // no afternoon entry to amend: nothing recorded
                        }
                    }
                }
            }
        }
    }

    /** The year resolved one pupil at a time, each session by the full resolution: the slow path. */
    private static RegisterHistory perPupil(RegisterEntries entries, List<String> pupilIds) {
        return new RegisterHistory() {
            @Override
            public List<LateEntry> entriesBetween(LocalDate from, LocalDate to) {
                List<LateEntry> all = new ArrayList<>();
                for (String id : pupilIds) {
                    entries.ofPupil(id, from, to).stream().map(SessionEntry::asLateEntry).forEach(all::add);
                }
                all.sort(Comparator.comparing(LateEntry::date).thenComparing(LateEntry::pupilId)
                        .thenComparing(LateEntry::register));
                return all;
            }

            @Override
            public List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to) {
                return entries.lateBookOf(pupilId, from, to);
            }

            @Override
            public List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to) {
                return entries.lateBookBetween(from, to);
            }
        };
    }

    @Test
    @DisplayName("the lean read resolved once gives every entry the full resolution gives, pupil by pupil "
            + "(one truth: docs/domain.md, 'The entry as it stands')")
    void theLeanReadGivesTheFullResolutionsEntries() {
        try (Database database = Database.open(db)) {
            RegisterEntries entries = SqliteSessionRecords.entries(settings.school(), database, AFTER);
            List<String> ids = new SqlitePupils(database).all().stream().map(Pupil::id).toList();
            LocalDate from = days.get(0);
            LocalDate to = days.get(days.size() - 1);
            List<LateEntry> lean = entries.entriesBetween(from, to);
            assertEquals(entries.between(from, to).stream().map(SessionEntry::asLateEntry).toList(), lean);
            assertEquals(perPupil(entries, ids).entriesBetween(from, to), lean);
            // The fixture reaches what it says it does.
            List<SessionEntry> all = entries.between(from, to);
            for (String source : List.of("arrival", "amendment", "claim", "sign_out", "lunch_pass")) {
                assertTrue(all.stream().anyMatch(e -> e.source().id().equals(source)), "no entry from " + source);
            }
            assertTrue(all.stream().anyMatch(e -> e.code() == AttendanceCode.U), "no U");
            assertTrue(all.stream().anyMatch(e -> e.repeats() > 0), "no repeat scan");
            assertTrue(all.stream().anyMatch(e -> e.arrival().filter(a -> a.recordedBy()
                    .equals(HeldScanImport.RECORDED_BY)).isPresent()), "no held scan");
            assertTrue(all.stream().anyMatch(e -> e.claim().filter(c -> c.decision().isPresent()).isPresent()),
                    "no decided claim");
            assertTrue(all.stream().anyMatch(e -> e.pupilId().equals("P041")), "no joiner's entry");
        }
    }

    @Test
    @DisplayName("report blocks, every block so far and mid-block: the CSV and the table equal the per-pupil "
            + "resolution's (the school's 4-weekly blocks: docs/attendance-lead.md)")
    void blocksEqualThePerPupilResolution() throws Exception {
        try (Database database = Database.open(db)) {
            SqlitePupils pupils = new SqlitePupils(database);
            RegisterEntries entries = SqliteSessionRecords.entries(settings.school(), database, AFTER);
            LatenessReports slow = new LatenessReview(settings.school(), settings.lateness(),
                    perPupil(entries, pupils.all().stream().map(Pupil::id).toList()), pupils,
                    new SqliteAmendments(database), new SqliteStageDecisions(database));
            LocalDate today = LocalDate.of(2026, 12, 18);
            List<BlockSpan> blocks = slow.blocksSoFar(today);
            assertTrue(blocks.size() >= 3, "a term has blocks: " + blocks);
            for (BlockSpan span : blocks) {
                BlockReview expected = slow.review(span.block(), today);
                CommandLineRun csv = lategate(AFTER, "report", "blocks", "--school", DEMO, "--db", db.toString(),
                        "--block", Integer.toString(span.block().number()), "--csv");
                assertEquals(0, csv.exit(), csv.err());
                assertEquals(csvOf(expected), csv.out(), "block " + span.block().number() + " CSV");
                CommandLineRun table = lategate(AFTER, "report", "blocks", "--school", DEMO, "--db", db.toString(),
                        "--block", Integer.toString(span.block().number()));
                assertEquals(0, table.exit(), table.err());
                assertTrue(table.out().endsWith(tableOf(expected)), "block " + span.block().number() + " table:\n"
                        + table.out() + "\nexpected:\n" + tableOf(expected));
            }
            // A block's review mid-block, as the lead sees it on a Wednesday.
            BlockSpan last = blocks.get(blocks.size() - 1);
            LocalDate midBlock = last.firstSchoolDay().plusDays(2);
            Clock wednesday = Clock.fixed(midBlock.atTime(16, 30).atZone(settings.school().zone()).toInstant(),
                    settings.school().zone());
            LatenessReports slowThen = new LatenessReview(settings.school(), settings.lateness(),
                    perPupil(SqliteSessionRecords.entries(settings.school(), database, wednesday),
                            pupils.all().stream().map(Pupil::id).toList()), pupils,
                    new SqliteAmendments(database), new SqliteStageDecisions(database));
            CommandLineRun csv = lategate(wednesday, "report", "blocks", "--school", DEMO, "--db", db.toString(),
                    "--block", Integer.toString(last.block().number()), "--csv");
            assertEquals(csvOf(slowThen.review(last.block(), midBlock)), csv.out());
            assertTrue(csv.out().lines().count() > 5, csv.out());
        }
    }

    @Test
    @DisplayName("report thresholds on every school day of the term: the CSV and the table equal the per-pupil "
            + "resolution's (penalty notice: 10 U in 10 school weeks, the 2024 national framework; persistent "
            + "late arrival: the school's policy)")
    void thresholdsEqualThePerPupilResolution() throws Exception {
        try (Database database = Database.open(db)) {
            SqlitePupils pupils = new SqlitePupils(database);
            RegisterEntries entries = SqliteSessionRecords.entries(settings.school(), database, AFTER);
            LatenessReports slow = new LatenessReview(settings.school(), settings.lateness(),
                    perPupil(entries, pupils.all().stream().map(Pupil::id).toList()), pupils,
                    new SqliteAmendments(database), new SqliteStageDecisions(database));
            int reached = 0;
            for (int d = 0; d < days.size(); d += 3) {
                LocalDate on = days.get(d);
                List<ThresholdStanding> expected = slow.thresholds(on);
                reached += expected.size();
                SchoolReport school = new SchoolReport("demo", settings, slow, pupils, on);
                Map<String, Pupil> named = pupils.byIds(expected.stream().map(ThresholdStanding::pupilId).distinct()
                        .toList());
                StringWriter csv = new StringWriter();
                try (PrintWriter out = new PrintWriter(csv)) {
                    Csv.Printer printer = Csv.printer(out, ReportThresholds.COLUMNS, false);
                    ReportThresholds.printCsv(printer, school, on, expected, named, Optional.empty());
                }
                CommandLineRun run = lategate(AFTER, "report", "thresholds", "--school", DEMO, "--db", db.toString(),
                        "--on", on.toString(), "--csv");
                assertEquals(0, run.exit(), run.err());
                assertEquals(csv.toString(), run.out(), "thresholds CSV on " + on);
                StringWriter table = new StringWriter();
                try (PrintWriter out = new PrintWriter(table)) {
                    ReportThresholds.printTable(out, school, on, expected, named);
                }
                CommandLineRun shown = lategate(AFTER, "report", "thresholds", "--school", DEMO, "--db",
                        db.toString(), "--on", on.toString());
                assertTrue(shown.out().endsWith(table.toString()), "thresholds table on " + on + ":\n" + shown.out()
                        + "\nexpected:\n" + table);
            }
            assertTrue(reached > 10, "the fixture puts pupils at or near the thresholds: " + reached);
        }
    }

    /** The CSV's rows from a review: the pupils with a late mark in the block or a drop from the block before, by id. */
    private static String csvOf(BlockReview review) throws Exception {
        lategate.app.lateness.BlockLateMarks marks = new lategate.app.lateness.BlockLateMarks(review.span(),
                review.rows().stream().filter(r -> r.tally().lateMarks() > 0 || r.tally().change().orElse(0) < 0)
                        .sorted(java.util.Comparator.comparing(r -> r.pupil().id()))
                        .map(r -> new lategate.app.lateness.BlockLateMarks.Row(r.pupil(), r.tally(), r.stage()))
                        .toList());
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            Csv.Printer printer = Csv.printer(out, ReportBlocks.COLUMNS, false);
            ReportBlocks.printCsv(printer, marks, Optional.empty());
        }
        return text.toString();
    }

    private static String tableOf(BlockReview review) {
        StringWriter text = new StringWriter();
        try (PrintWriter out = new PrintWriter(text)) {
            ReportBlocks.printTable(out, review);
        }
        return text.toString();
    }
}
