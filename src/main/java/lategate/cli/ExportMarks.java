package lategate.cli;

import lategate.output.Text;
import lategate.output.ProgressAfterASecond;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.export.ExportedMark;
import lategate.app.export.MarksExport;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.files.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import lategate.wiring.SchoolServices;

@Command(name = "marks", mixinStandardHelpOptions = true,
        description = {"The register entries lategate holds between two school dates, one row per pupil per "
                + "session (AM, PM) per day, for the office to import into the school's MIS (SIMS, Arbor, "
                + "Bromcom). An entry is there when lategate has a mark for it: an arrival (on time, L or U), "
                + "a register taken while the pupil was signed out (the sign-out's code, e.g. M), or an "
                + "amendment. The code is the entry as it stands (the latest amendment, else the sign-out's "
                + "code, else the arrival's mark); original_code is what it was before any amendment. A "
                + "repeat scan never makes a second row. A register not yet taken has no row from a sign-out.",
                "CSV columns (RFC 4180, UTF-8, a header line, rows by date, pupil_id, session): " + ExportMarks.HEADER,
                "session: AM or PM; year, class: as on the roster now; code: the national code as it stands "
                        + "(/ \\ L U M I C N ...); minutes_late: whole minutes after the register was taken, only "
                        + "when code is L or U; comment: one line, the pupil's late reason, \"signed out HH:MM: "
                        + "reason\", or for a change its late reason if set then its reason; source: arrival, lunch_pass, claim, "
                        + "sign_out or amendment; arrived_at: the pupil's scan for that register, HH:MM:SS school "
                        + "time, empty if none; recorded_at: when the entry as it stands was recorded, school "
                        + "time; recorded_by: who recorded it (for staff, name and position); sign_in: how the "
                        + "arrival was made (scan, typed, staff, office), empty with no arrival or one recorded "
                        + "before this was kept.",
                "--from and --to must be inside the school's academic year, --from on or before --to."},
        footer = {"", "Example:", "  lategate export marks --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --from 2026-11-23 --to 2026-11-27 \\",
                "      --csv > marks.csv"})
final class ExportMarks implements Callable<Integer> {

    /** The column contract the office's MIS import is set up against: change it only with the README. */
    static final String HEADER = "date,session,pupil_id,given_name,family_name,year,class,code,minutes_late,"
            + "comment,original_code,source,arrived_at,recorded_at,recorded_by,sign_in";
    static final List<String> COLUMNS = List.of(HEADER.split(","));
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The first school date, e.g. "
            + "2026-11-23.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The last school date, inclusive.")
    String to;

    @Option(names = "--csv", description = "Print CSV with a header line instead of a table.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        LocalDate first = SchoolTime.date("--from", from);
        LocalDate last = SchoolTime.date("--to", to);
        List<ExportedMark> rows;
        try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
            MarksExport export = new MarksExport(settings, services.pupils(),
                    services.entries());
            ProgressAfterASecond steps = new ProgressAfterASecond("reading the register", export.steps(first, last));
            try {
                rows = export.between(first, last, steps);
            } finally {
                steps.finish();
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            printCsv(out, rows, settings);
        } else {
            printTable(out, rows, settings, first, last);
        }
        return 0;
    }

    private static void printCsv(PrintWriter out, List<ExportedMark> rows, School settings) throws Exception {
        CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new))
                .get());
        for (ExportedMark m : rows) {
            // Names, reasons and who-recorded come from people: a cell starting = + - @ opens as text.
            p.printRecord(m.date(), m.session().name(), safe(m.pupil().id()), safe(m.pupil().givenName()),
                    safe(m.pupil().familyName()), safe(m.pupil().year()), safe(m.pupil().className()),
                    m.code().code(), m.minutesLate().isPresent() ? Long.toString(m.minutesLate().getAsLong()) : "",
                    safe(m.comment()), m.originalCode().code(), m.source().id(),
                    m.arrivedAt().map(a -> TimeWords.CLOCK_SECONDS.format(a.atZone(settings.zone()))).orElse(""),
                    LOCAL.format(m.recordedAt().atZone(settings.zone())), safe(m.recordedBy()),
                    m.signIn().map(lategate.domain.register.SignInMethod::id).orElse(""));
        }
        p.flush();
    }

    private static void printTable(PrintWriter out, List<ExportedMark> rows, School settings, LocalDate first,
                                   LocalDate last) {
        long pupils = rows.stream().map(m -> m.pupil().id()).distinct().count();
        out.println(settings.name() + ", marks from " + first + " to " + last + ": " + rows.size()
                + (rows.size() == 1 ? " entry" : " entries") + " for " + pupils + (pupils == 1 ? " pupil" : " pupils"));
        if (rows.isEmpty()) {
            out.println("No entries: lategate holds no mark in these dates.");
            return;
        }
        String format = "%-10s  %-3s  %-8s  %-24s  %-6s  %-4s  %4s  %-4s  %-10s  %s%n";
        out.printf(format, "Date", "Reg", "Pupil", "Name", "Class", "Code", "Mins", "Was", "Source", "Comment");
        for (ExportedMark m : rows) {
            out.printf(format, m.date(), m.session().name(), Text.fit(m.pupil().id(), 8),
                    Text.fit(m.pupil().fullName(), 24), Text.fit(m.pupil().className(), 6), m.code().code(),
                    m.minutesLate().isPresent() ? Long.toString(m.minutesLate().getAsLong()) : "",
                    m.amended() ? m.originalCode().code() : "", m.source().words(), m.comment());
        }
    }

    private static String safe(String cell) {
        return SpreadsheetSafe.cell(cell);
    }
}
