package lategate.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.scans.LoggedScan;
import lategate.app.scans.ScanLine;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.output.Json;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "scans", mixinStandardHelpOptions = true,
        description = {"Print one day's scans, in the order taken: each arrival the register took (marked, or a "
                + "repeat of a mark) with the pupil's name and class and who recorded it, and each scan that marked "
                + "nothing (refused: a misread, an unknown badge, a replaced badge, another school's, a closed day, "
                + "a scanner's fault) with the code as read and why. Pupils' names are printed here only, on "
                + "standard output.",
                "JSON fields: date, scans (each: time, kiosk, scanner, outcome, pupil_id, given_name, family_name, "
                        + "class, register, mark, how, code, why; outcome is marked, repeat or refused; null where "
                        + "a field does not apply)."},
        footer = {"", "Examples:", "  lategate scans --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                "      --date 2026-11-23",
                "  lategate scans --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                "      --date 2026-11-23 --refused --json"})
final class ScansCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--date", paramLabel = "DATE", description = "The school day, e.g. 2026-11-23; default today.")
    String date;

    @Option(names = "--refused", description = "Only the scans that marked nothing, with why.")
    boolean refused;

    @Option(names = "--json", description = "Print one JSON object instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        Clock clock = Main.clockOf(spec);
        LocalDate day = SchoolTime.dateOr("--date", date, clock, settings.zone());
        List<ScanLine> lines;
        try (SchoolServices services = school.open(settings, clock)) {
            lines = refused ? services.dayScans().refusedOn(day) : services.dayScans().on(day);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.printObject(out, g -> {
                g.writeStringField("date", day.toString());
                g.writeArrayFieldStart("scans");
                for (ScanLine line : lines) {
                    g.writeStartObject();
                    fields(g, line, settings.zone());
                    g.writeEndObject();
                }
                g.writeEndArray();
            });
        } else {
            printTable(out, lines, settings, day);
        }
        return 0;
    }

    private static void fields(JsonGenerator g, ScanLine line, ZoneId zone) throws IOException {
        LoggedScan s = line.scan();
        g.writeStringField("time", TimeWords.CLOCK_SECONDS.format(s.at().atZone(zone)));
        g.writeStringField("kiosk", s.kioskId());
        Json.stringOrNull(g, "scanner", s.scanner().orElse(null));
        g.writeStringField("outcome", s.outcome().id());
        Json.stringOrNull(g, "pupil_id", s.pupilId().orElse(null));
        Json.stringOrNull(g, "given_name", line.pupil().map(Pupil::givenName).orElse(null));
        Json.stringOrNull(g, "family_name", line.pupil().map(Pupil::familyName).orElse(null));
        Json.stringOrNull(g, "class", line.pupil().map(Pupil::className).orElse(null));
        Json.stringOrNull(g, "register", s.register().map(Enum::name).orElse(null));
        Json.stringOrNull(g, "mark", mark(s));
        Json.stringOrNull(g, "how", s.how().orElse(null));
        Json.stringOrNull(g, "code", s.code().orElse(null));
        Json.stringOrNull(g, "why", s.why().orElse(null));
    }

    /** The mark as the register's code: / or \ on time, L, U. */
    private static String mark(LoggedScan s) {
        return s.mark().flatMap(m -> s.register().map(r -> m.code(r).code())).orElse(null);
    }

    private void printTable(PrintWriter out, List<ScanLine> lines, School settings, LocalDate day) {
        out.println((refused ? "Refused scans: " : "Scans: ") + settings.name() + ", " + TimeWords.DAY.format(day));
        if (lines.isEmpty()) {
            out.println(refused ? "No refused scans." : "No scans.");
            return;
        }
        String format = "%-8s  %-10s  %-7s  %-28s  %-6s  %-3s  %-4s  %s%n";
        out.printf(format, "Time", "Kiosk", "Outcome", "Pupil", "Class", "Reg", "Mark", "How, or the code and why");
        for (ScanLine line : lines) {
            LoggedScan s = line.scan();
            String how = s.refused() ? refusal(s) : s.how().orElse("");
            out.printf(format, TimeWords.CLOCK_SECONDS.format(s.at().atZone(settings.zone())), fit(s.kioskId(), 10),
                    s.outcome().id(), fit(line.pupil().map(Pupil::fullName).orElse(s.pupilId().orElse("-")), 28),
                    fit(line.pupil().map(Pupil::className).orElse(""), 6), s.register().map(Enum::name).orElse(""),
                    s.mark().isPresent() ? mark(s) : "", how);
        }
        long refusedCount = lines.stream().filter(l -> l.scan().refused()).count();
        out.println(lines.size() + (lines.size() == 1 ? " scan" : " scans")
                + (refused ? "." : ": " + (lines.size() - refusedCount) + " taken, " + refusedCount + " refused."));
    }

    /** The code as read and why it marked nothing; a badge's refusal already quotes the code, so it is not said twice. */
    private static String refusal(LoggedScan s) {
        String code = "'" + s.code().orElse("") + "'";
        String why = s.why().orElse("");
        return why.contains(code) ? why : code + ": " + why;
    }

    /** Cuts text to a column's width for the terminal table; the JSON always has it whole. */
    private static String fit(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
