package lategate.app.entry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.OptionalLong;
import java.util.stream.Collectors;
import lategate.StoreFixture;
import lategate.TestBadges;
import lategate.TestSchools;
import lategate.app.LateBookEntry;
import lategate.app.ReasonGiven;
import lategate.app.SignIn;
import lategate.app.audit.Amendments;
import lategate.app.export.ExportedMark;
import lategate.app.export.MarksExport;
import lategate.app.lateness.BlockRow;
import lategate.app.lateness.LatenessReports;
import lategate.app.lateness.PupilPage;
import lategate.app.sync.DayContent;
import lategate.app.sync.Summaries;
import lategate.app.movement.LunchRegister;
import lategate.app.movement.Movements;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.SessionEntry;
import lategate.domain.lateness.Block;
import lategate.domain.movement.Collection;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteAmendments;
import lategate.store.SqliteDayRecords;
import lategate.store.SqliteChainHeads;
import lategate.store.SqliteOutbox;
import lategate.store.SqliteLunchPasses;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import lategate.store.SqliteSessionRecords;
import lategate.store.SqliteStageDecisions;
import lategate.sync.SummaryJson;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * DOMAIN, "The entry as it stands": whatever was recorded for a pupil's day, in whatever valid
 * order (scans and repeats, reasons given then or later, sign-outs and returns, a lunchtime pass,
 * claims and their decision, amendments), the Late Book, the day view, the MIS export, the pupil's
 * report page, the block tallies and the daily summary give the same code, minutes and reason for
 * every session.
 *
 * <p>Every try is a new pupil on its own school day in one real SQLite file on disk, each record made
 * through the use case staff and pupils use, which refuses what cannot happen (a return with no
 * sign-out, a second decision); the refusals are part of the sequence.
 */
class EveryViewReadsTheSameEntryProperties {

    private static final StaffIdentity OFFICE = new StaffIdentity("Pat Reed", "Receptionist");
    private static final Collection MUM = new Collection("Mum", "parent", true, Optional.empty());
    /** Tries per database: the reports read the whole year, so each file holds only this many pupil-days. */
    private static final int PUPILS = 50;

    private static Path dir;
    private static Settings settings;
    private static Database database;
    private static List<LocalDate> schoolDays;
    private static int next;

    /** A clock the test moves to each record's time, as the office's day goes on. */
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

    @BeforeContainer
    static void openTheSchool() throws Exception {
        dir = Files.createTempDirectory("lategate-one-entry");
        settings = SchoolSettings.read(TestSchools.file("demo"));
        schoolDays = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 9, 7); d.isBefore(LocalDate.of(2027, 7, 1)); d = d.plusDays(1)) {
            if (settings.school().calendar().isSchoolDay(d)) {
                schoolDays.add(d);
            }
        }
    }

    /** A new database file for the next {@link #PUPILS} tries, each pupil's day in it once. */
    private static void newDatabase(int number) {
        if (database != null) {
            database.close();
        }
        List<Pupil> roster = new ArrayList<>();
        for (int i = 1; i <= PUPILS; i++) {
            roster.add(StoreFixture.pupil(String.format("P%04d", i), "Pupil", "Number" + i, "5B",
                    String.format("B%04d", i)));
        }
        database = StoreFixture.databaseWith(dir.resolve("one-entry-" + number + ".db"), "demo", roster);
    }

    @AfterContainer
    static void closeTheSchool() throws Exception {
        database.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One thing done at the office or the kiosk, at a minute of the school day. */
    record Act(int minute, int kind, int option) {
    }

    @Provide
    Arbitrary<List<Act>> days() {
        // 07:50 to 15:30; every kind of record; an option picks a code, a reason, a register. A lunchtime
        // pass holder leaves in the first 10 minutes of lunch (12:15) and comes back around the
        // afternoon register (13:15 to 13:45), so those are drawn where they can happen; the office
        // decides claims from 10:00, once pupils have made them.
        Arbitrary<Act> act = Combinators.combine(Arbitraries.integers().between(470, 930),
                Arbitraries.integers().between(0, 10), Arbitraries.integers().between(0, 5)).as((minute, kind, option) ->
                new Act(kind == 5 ? 735 + minute % 11 : kind == 6 ? 770 + minute % 60
                        : kind == 7 || kind == 8 ? 600 + minute % 330 : minute, kind, option));
        return act.list().ofMinSize(1).ofMaxSize(12)
                .map(acts -> acts.stream().sorted(Comparator.comparing(Act::minute)).toList());
    }

    @Property(tries = 1000)
    void everyViewGivesTheEntryAsItStands(@ForAll("days") List<Act> acts) {
        int n = next++;
        if (n % PUPILS == 0) {
            newDatabase(n / PUPILS);
        }
        String pupilId = String.format("P%04d", n % PUPILS + 1);
        String badge = String.format("B%04d", n % PUPILS + 1);
        LocalDate date = schoolDays.get(n % schoolDays.size());
        ZoneId zone = settings.school().zone();
        MovingClock clock = new MovingClock();
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
        Amendments amendments = new Amendments(settings.school(), register, entries, new SqliteAmendments(database),
                clock, settings.medicalEvidence());
        Claims claims = new Claims(entries, records, clock);
        // A claimed reason (medical) half the time, so claims and their decisions come up often.
        String[] reasons = {"medical", "overslept", "medical", "transport", "medical", "other"};
        AttendanceCode[] codes = {AttendanceCode.M, AttendanceCode.I, AttendanceCode.C, AttendanceCode.L,
                AttendanceCode.U, AttendanceCode.M};

        for (Act act : acts) {
            Instant at = date.atTime(act.minute() / 60, act.minute() % 60).atZone(zone).toInstant();
            clock.now = at.plusSeconds(5);
            Register reg = act.option() % 2 == 0 ? Register.AM : Register.PM;
            try {
                switch (act.kind()) {
                    case 0, 1 -> signIn.scan(TestBadges.printed(badge), at, "gate", "kiosk",
                            act.kind() == 0 ? Optional.of(reasons[act.option()]) : Optional.empty());
                    case 2 -> register.markOf(pupilId, date, reg).filter(a -> a.mark().isLate()).ifPresent(a ->
                            register.recordReason(a.id(), Optional.of(ReasonGiven.byPupil(
                                    settings.school().reason(reasons[act.option()]).orElseThrow())), at, "office"));
                    case 3 -> movements.signOut(pupilId, at, codes[act.option() % 3], "appointment",
                            new lategate.domain.movement.CollectionRule.Request("Mum", "", Optional.empty(), at), true,
                            Optional.empty(), OFFICE);
                    case 4 -> movements.signBackIn(pupilId, at, OFFICE);
                    case 5 -> {
                        if (passes.ofPupil(pupilId).isEmpty()) {
                            passes.grant(pupilId, settings.school().calendar().yearStarts(), Optional.empty(),
                                    "parent's letter", at, OFFICE);
                        }
                        lunch.signOut(pupilId, at, MUM, OFFICE);
                    }
                    case 6 -> lunch.signBackIn(pupilId, at, OFFICE);
                    case 7, 8 -> {
                        // The office decides the pupil's open claim if there is one, else tries this register.
                        Register claimed = claims.open().stream().map(c -> c.entry().entry())
                                .filter(e -> e.pupilId().equals(pupilId)).map(SessionEntry::register).findFirst()
                                .orElse(reg);
                        claims.decide(pupilId, date, claimed, act.option() < 3 ? ClaimDecision.Verdict.CONFIRMED
                                : ClaimDecision.Verdict.REFUSED, "seen by the office", OFFICE);
                    }
                    default -> amendments.amend(pupilId, date, reg, Optional.of(codes[act.option()]),
                            act.option() == 3 ? Optional.of("Late bus") : Optional.empty(), "office's correction",
                            Optional.empty(), OFFICE);
                }
            } catch (lategate.app.Refused | IllegalArgumentException refused) {
                // Not a valid step here (a return with no sign-out, a second decision): nothing recorded.
            }
        }

        clock.now = date.atTime(16, 0).atZone(zone).toInstant();
        Map<Register, SessionEntry> standing = entries.ofPupil(pupilId, date, date).stream()
                .collect(Collectors.toMap(SessionEntry::register, e -> e));
        for (SessionEntry e : standing.values()) {
            // Shown in the report, so a run says which kinds of entry it reached.
            Statistics.label("entry sources").collect(e.source().id());
            e.claim().ifPresent(c -> Statistics.label("claims").collect(c.state().name()));
            assertEquals(e.code() == AttendanceCode.L || e.code() == AttendanceCode.U, e.minutesLate().isPresent(),
                    "minutes go with L and U only: " + e);
        }

        Map<Register, LateBookEntry> book = entries.lateBook(date).stream()
                .filter(l -> l.entry().pupilId().equals(pupilId))
                .collect(Collectors.toMap(l -> l.entry().register(), l -> l));
        assertEquals(keysWhere(standing, SessionEntry::wasLate), book.keySet(), "the Late Book's lines");
        book.forEach((r, line) -> same("Late Book", standing.get(r), line.entry().code(), line.entry().minutesLate(),
                line.reasonLabel()));

        Map<Register, SessionEntry> day = new DayView(pupils, entries, movementLog).on(date).stream()
                .filter(l -> l.pupil().id().equals(pupilId)).flatMap(l -> l.entries().values().stream())
                .collect(Collectors.toMap(SessionEntry::register, e -> e));
        assertEquals(standing.keySet(), day.keySet(), "the day view's entries");
        day.forEach((r, e) -> same("day", standing.get(r), e.code(), e.minutesLate(), e.reason()));

        Map<Register, ExportedMark> export = new MarksExport(settings.school(), pupils, entries)
                .between(date, date, done -> { }).stream().filter(m -> m.pupil().id().equals(pupilId))
                .collect(Collectors.toMap(ExportedMark::session, m -> m));
        assertEquals(standing.keySet(), export.keySet(), "the MIS export's rows");
        export.forEach((r, m) -> {
            assertEquals(standing.get(r).code(), m.code(), "export marks");
            assertEquals(standing.get(r).minutesLate(), m.minutesLate(), "export marks");
            assertEquals(standing.get(r).originalCode(), m.originalCode(), "export marks");
        });

        LatenessReports reports = new LatenessReports(settings.school(), settings.lateness(), entries, pupils,
                new SqliteAmendments(database), new SqliteStageDecisions(database));
        PupilPage page = reports.pupil(pupilId, date);
        Map<Register, PupilPage.PupilArrival> onPage = page.arrivals().stream()
                .filter(a -> a.entry().entry().date().equals(date))
                .collect(Collectors.toMap(a -> a.entry().entry().register(), a -> a));
        assertEquals(keysWhere(standing, SessionEntry::wasLate), onPage.keySet(), "report pupil's late arrivals");
        onPage.forEach((r, a) -> {
            assertEquals(standing.get(r).code().code(), a.standsAs(), "report pupil");
            same("report pupil", standing.get(r), a.entry().entry().code(), a.entry().entry().minutesLate(),
                    a.entry().reasonLabel());
        });

        // The daily summary of the day, made as the kiosk makes the one it sends.
        Summaries summaries = new Summaries(settings.school().id(), new SqliteDayRecords(database, zone), entries,
                new SqliteOutbox(database), new SummaryJson(), new SqliteChainHeads(database));
        Map<Register, DayContent.RegisterMark> summary = summaries.contentOf(date).pupils().stream()
                .filter(p -> p.pupilId().equals(pupilId)).flatMap(p -> p.marks().stream())
                .collect(Collectors.toMap(m -> Register.valueOf(m.register()), m -> m));
        assertEquals(standing.keySet(), summary.keySet(), "the daily summary's registers");
        summary.forEach((r, m) -> {
            assertEquals(standing.get(r).code().code(), m.code(), "daily summary: code");
            assertEquals(standing.get(r).minutesLate(), m.minutesLate(), "daily summary: minutes");
            assertEquals(standing.get(r).reason(), m.reason(), "daily summary: reason");
        });

        Block block = reports.blockOn(date);
        String tally = reports.review(block, date).rows().stream().filter(b -> b.pupil().id().equals(pupilId))
                .findFirst().map(BlockRow::tally)
                .map(t -> t.lateL() + "/" + t.lateU() + "/" + t.minutesLate()).orElse("0/0/0");
        assertEquals(entriesOfBlock(entries, reports, block, date, pupilId), tally,
                "report blocks: L, U and minutes as the entries stand");
    }

    /** The block's L, U and minutes for the pupil, counted from the entries as they stand. */
    private static String entriesOfBlock(RegisterEntries entries, LatenessReports reports, Block block, LocalDate today,
                                         String pupilId) {
        var span = reports.span(block, today);
        List<SessionEntry> all = entries.ofPupil(pupilId, span.firstSchoolDay(), span.lastSchoolDay());
        return all.stream().filter(e -> e.code() == AttendanceCode.L).count() + "/"
                + all.stream().filter(e -> e.code() == AttendanceCode.U).count() + "/"
                + all.stream().mapToLong(e -> e.minutesLate().orElse(0)).sum();
    }

    private static java.util.Set<Register> keysWhere(Map<Register, SessionEntry> standing,
                                                     java.util.function.Predicate<SessionEntry> test) {
        return standing.entrySet().stream().filter(e -> test.test(e.getValue())).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    private static void same(String view, SessionEntry expected, AttendanceCode code, OptionalLong minutes,
                             Optional<String> reason) {
        assertEquals(expected.code(), code, view + ": code");
        assertEquals(expected.minutesLate(), minutes, view + ": minutes");
        assertEquals(expected.reason(), reason, view + ": reason");
    }
}
