package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.LateBookEntry;
import lategate.app.entry.EntryWords;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.SignInMethod;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.files.SpreadsheetSafe;
import lategate.store.Database;
import lategate.store.SqliteSessionRecords;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "book", mixinStandardHelpOptions = true,
        description = {"Print the day's Late Book: every entry that was a late mark (L or U), as it stands now, "
                + "in the order pupils came; a changed entry shows its original beside it (U → M, amended 11:02 "
                + "by …: reason).",
                "CSV columns: time,pupil_id,given_name,family_name,year,class,register,mark,minutes_late,reason,"
                        + "reason_status,consequence,kiosk,recorded_by,repeat_scans,date,original_code,code,"
                        + "changed_by,changed_at,sign_in (mark: as first recorded; code, minutes_late, reason and "
                        + "consequence: as the entry stands; sign_in: how the arrival was made, scan, typed, staff "
                        + "or office, empty for one recorded before this was kept)"},
        footer = {"", "Example:", "  lategate book --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                "      --date 2026-11-23 --csv"})
final class BookCommand implements Callable<Integer> {

    static final List<String> CSV_COLUMNS = List.of("time", "pupil_id", "given_name", "family_name", "year", "class",
            "register", "mark", "minutes_late", "reason", "reason_status", "consequence", "kiosk", "recorded_by",
            "repeat_scans", "date", "original_code", "code", "changed_by", "changed_at", "sign_in");
    private static final DateTimeFormatter CLOCK = TimeWords.CLOCK_SECONDS;
    private static final DateTimeFormatter DAY = TimeWords.DAY;

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--date", paramLabel = "DATE", description = "The school day, e.g. 2026-11-23; default today.")
    String date;

    @Option(names = "--csv", description = "Print CSV with a header line instead of a table.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        Clock clock = Main.clockOf(spec);
        LocalDate day = SchoolTime.dateOr("--date", date, clock, settings.zone());
        List<LateBookEntry> entries;
        try (Database database = school.open(settings)) {
            entries = SqliteSessionRecords.entries(settings, database, clock).lateBook(day);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            printCsv(out, entries, settings);
        } else {
            printTable(out, entries, settings, day);
        }
        return 0;
    }

    private void printCsv(PrintWriter out, List<LateBookEntry> entries, School settings) throws Exception {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(CSV_COLUMNS.toArray(String[]::new)).get());
        for (LateBookEntry line : entries) {
            SessionEntry e = line.entry();
            // Names, reasons and who-recorded come from people: a cell like =HYPERLINK(...) must open
            // in Excel as text, not run as a formula.
            printer.printRecord(CLOCK.format(e.at().atZone(settings.zone())), safe(e.pupilId()),
                    safe(line.givenName()), safe(line.familyName()), safe(line.year()), safe(line.className()),
                    e.register().name(), e.originalCode().code(),
                    e.minutesLate().isPresent() ? String.valueOf(e.minutesLate().getAsLong()) : "",
                    safe(e.reason().orElse("")), e.reasonStatus().map(ReasonStatus::id).orElse(""),
                    safe(e.consequence().orElse("")), safe(e.arrival().map(RecordedArrival::kioskId).orElse("")),
                    safe(e.recordedBy()), e.repeats(), e.date(), e.originalCode().code(), e.code().code(),
                    safe(e.change().map(c -> c.by().toString()).orElse("")),
                    e.change().map(c -> EntryWords.LOCAL_TIME_IN_CSV.format(c.at().atZone(settings.zone())))
                            .orElse(""), e.signIn().map(SignInMethod::id).orElse(""));
        }
        printer.flush();
    }

    private void printTable(PrintWriter out, List<LateBookEntry> entries, School settings, LocalDate day) {
        out.println("Late Book: " + settings.name() + ", " + DAY.format(day));
        if (entries.isEmpty()) {
            out.println("No late arrivals.");
            return;
        }
        String format = "%-8s  %-24s  %-6s  %-3s  %-6s  %4s  %-28s  %-26s  %-10s  %-7s  %s%n";
        out.printf(format, "Time", "Pupil", "Class", "Reg", "Entry", "Mins", "Reason", "Consequence", "Kiosk",
                "How", "Recorded by");
        for (LateBookEntry line : entries) {
            SessionEntry e = line.entry();
            String reason = EntryWords.reason(e);
            out.printf(format, CLOCK.format(e.at().atZone(settings.zone())),
                    fit(line.givenName() + " " + line.familyName(), 24), fit(line.className(), 6),
                    e.register().name(), EntryWords.code(e),
                    e.minutesLate().isPresent() ? String.valueOf(e.minutesLate().getAsLong()) : "",
                    fit(reason, 28), fit(e.consequence().orElse(""), 26),
                    fit(EntryWords.kiosk(e), 10), e.signIn().map(SignInMethod::id).orElse("-"), EntryWords.recordedBy(e));
            EntryWords.change(e, settings.zone()).ifPresent(c -> out.println("          " + c));
        }
        out.println(EntryWords.lateBookTotals(entries));
    }

    private static String safe(String cell) {
        return SpreadsheetSafe.cell(cell);
    }

    /** Cuts text to a column's width for the terminal table; the CSV always has it whole. */
    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
