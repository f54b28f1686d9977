package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.LateBookEntry;
import lategate.app.ReasonStatus;
import lategate.app.RecordedArrival;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.roster.SpreadsheetSafe;
import lategate.store.Database;
import lategate.store.SqliteRegisterLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "book", mixinStandardHelpOptions = true,
        description = {"Print the day's Late Book: every late arrival (L or U) in the order pupils arrived.",
                "CSV columns: time,pupil_id,given_name,family_name,year,class,register,mark,minutes_late,reason,"
                        + "reason_status,consequence,kiosk,recorded_by,repeat_scans"},
        footer = {"", "Example:", "  lategate book --school config/schools/russell.toml --db russell.db \\",
                "      --date 2026-11-23 --csv"})
final class BookCommand implements Callable<Integer> {

    static final List<String> CSV_COLUMNS = List.of("time", "pupil_id", "given_name", "family_name", "year", "class",
            "register", "mark", "minutes_late", "reason", "reason_status", "consequence", "kiosk", "recorded_by",
            "repeat_scans");
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
            entries = new SqliteRegisterLog(database, settings.zone()).lateBook(day);
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
        for (LateBookEntry e : entries) {
            RecordedArrival a = e.arrival();
            // Names, reasons and who-recorded come from people: a cell like =HYPERLINK(...) must open
            // in Excel as text, not run as a formula.
            printer.printRecord(CLOCK.format(a.arrivedAt().atZone(settings.zone())), safe(a.pupilId()),
                    safe(e.givenName()), safe(e.familyName()), safe(e.year()), safe(e.className()),
                    a.register().name(), a.mark().id(), a.minutesLate(), safe(e.reasonLabel().orElse("")),
                    e.reasonStatus().map(ReasonStatus::id).orElse(""), safe(a.consequence().orElse("")),
                    safe(a.kioskId()), safe(a.recordedBy()), e.repeats());
        }
        printer.flush();
    }

    private void printTable(PrintWriter out, List<LateBookEntry> entries, School settings, LocalDate day) {
        out.println("Late Book: " + settings.name() + ", " + DAY.format(day));
        if (entries.isEmpty()) {
            out.println("No late arrivals.");
            return;
        }
        String format = "%-8s  %-24s  %-6s  %-3s  %-4s  %4s  %-28s  %-26s  %-10s  %s%n";
        out.printf(format, "Time", "Pupil", "Class", "Reg", "Mark", "Mins", "Reason", "Consequence", "Kiosk",
                "Recorded by");
        for (LateBookEntry e : entries) {
            RecordedArrival a = e.arrival();
            String reason = e.reasonLabel().orElse("(not given)")
                    + (e.reasonStatus().filter(s -> s == ReasonStatus.CLAIMED).isPresent() ? " [to confirm]" : "");
            out.printf(format, CLOCK.format(a.arrivedAt().atZone(settings.zone())),
                    fit(e.givenName() + " " + e.familyName(), 24), fit(e.className(), 6), a.register().name(), a.mark().id(),
                    a.minutesLate(), fit(reason, 28), fit(a.consequence().orElse(""), 26), fit(a.kioskId(), 10),
                    a.recordedBy() + (e.repeats() > 0 ? " (+" + e.repeats() + " repeat scans)" : ""));
        }
        long l = entries.stream().filter(e -> e.arrival().mark().id().equals("L")).count();
        out.printf("%d late %s: %d L, %d U.%n", entries.size(), entries.size() == 1 ? "arrival" : "arrivals", l,
                entries.size() - l);
    }

    private static String safe(String cell) {
        return SpreadsheetSafe.cell(cell);
    }

    /** Cuts text to a column's width for the terminal table; the CSV always has it whole. */
    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
