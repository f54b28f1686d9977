package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.LateBookEntry;
import lategate.app.entry.ReasonsToCollect;
import lategate.domain.entry.SessionEntry;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.Register;
import lategate.domain.register.TimeWords;
import lategate.domain.staff.StaffMember;
import lategate.output.Json;
import lategate.output.Text;
import lategate.settings.Settings;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reasons", mixinStandardHelpOptions = true,
        description = {"Late reasons the office still has to collect. A pupil whose reason picker the next pupil's "
                + "scan cut short was not asked (reason 'not asked'); one who walked away from it chose nothing "
                + "('not given'). Both are listed, and staff add the reason the pupil gives them from the school's "
                + "list; it is recorded with who added it and when. A reason already given is changed with "
                + "'lategate amend pupil'."},
        subcommands = {ReasonsCommand.Pending.class, ReasonsCommand.Add.class},
        footer = {"", "Examples:",
                "  lategate reasons pending --school lategate-demo/demo.toml --db lategate-demo/demo.db",
                "  lategate reasons add --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff office --pupil D0042 \\",
                "      --date 2026-11-23 --register AM --reason transport"})
final class ReasonsCommand {

    @Command(name = "pending", mixinStandardHelpOptions = true,
            description = {"The day's late entries with no reason yet, in the order pupils came: not asked (the "
                    + "picker was cut short by the next scan) or not given (the pupil chose nothing).",
                    "--json prints {\"date\", \"count\", \"pupils\": [{\"pupil_id\", \"given_name\", \"family_name\", "
                            + "\"class\", \"register\", \"code\", \"arrived_at\", \"reason_status\"}]} (arrived_at: "
                            + "HH:MM:SS school time; reason_status: not_asked or not_given)."},
            footer = {"", "Example:",
                    "  lategate reasons pending --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                    "      --date 2026-11-23 --json"})
    static final class Pending implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--date", paramLabel = "DATE", description = "The school day, e.g. 2026-11-23; default today.")
        String date;

        @Option(names = "--json", description = "Print JSON instead of a table.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            Clock clock = Main.clockOf(spec);
            ZoneId zone = settings.school().zone();
            LocalDate day = SchoolTime.dateOr("--date", date, clock, zone);
            List<LateBookEntry> pending;
            try (SchoolServices services = school.open(settings, clock)) {
                pending = services.reasonsToCollect().pending(day);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Json.printObject(out, g -> {
                    g.writeStringField("date", day.toString());
                    g.writeNumberField("count", pending.size());
                    g.writeArrayFieldStart("pupils");
                    for (LateBookEntry line : pending) {
                        SessionEntry e = line.entry();
                        g.writeStartObject();
                        g.writeStringField("pupil_id", e.pupilId());
                        g.writeStringField("given_name", line.givenName());
                        g.writeStringField("family_name", line.familyName());
                        g.writeStringField("class", line.className());
                        g.writeStringField("register", e.register().name());
                        g.writeStringField("code", e.code().code());
                        g.writeStringField("arrived_at", arrived(e, zone));
                        g.writeStringField("reason_status", e.reasonStatus().orElseThrow().id());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                });
                return 0;
            }
            if (pending.isEmpty()) {
                out.println("No reasons to collect on " + day + ".");
                return 0;
            }
            out.println("Reasons to collect on " + day + " (" + pending.size() + "), in the order pupils came:");
            String format = "%-8s  %-8s  %-24s  %-6s  %-3s  %-4s  %s%n";
            out.printf(format, "Arrived", "Pupil", "Name", "Class", "Reg", "Code", "Reason");
            for (LateBookEntry line : pending) {
                SessionEntry e = line.entry();
                out.printf(format, arrived(e, zone), Text.fit(e.pupilId(), 8),
                        Text.fit(line.givenName() + " " + line.familyName(), 24), Text.fit(line.className(), 6),
                        e.register().name(), e.code().code(), e.reason().orElse(""));
            }
            out.println("Add each with 'lategate reasons add … --pupil ID --register AM|PM --reason KEY --staff USER'.");
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Adds the reason a pupil gave the office to their late entry that has none yet (not asked "
                    + "or not given), recorded with who added it and when. KEY is one of the school's reasons "
                    + "([[reasons]] in its settings); one that would authorise the absence is a claim, decided "
                    + "with 'lategate claims' like any other."},
            footer = {"", "Example:",
                    "  lategate reasons add --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                    "      --staff office --pupil D0042 --date 2026-11-23 --register AM --reason transport"})
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupilId;

        @Option(names = "--date", paramLabel = "DATE", description = "The school day, e.g. 2026-11-23; default today.")
        String date;

        @Option(names = "--register", required = true, paramLabel = "AM|PM", description = "The register: AM or PM.")
        String register;

        @Option(names = "--reason", required = true, paramLabel = "KEY",
                description = "The reason's key from the school's settings, e.g. transport.")
        String reason;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            Clock clock = Main.clockOf(spec);
            LocalDate day = SchoolTime.dateOr("--date", date, clock, settings.school().zone());
            Register reg = AmendCommand.registerOf(register);
            SessionEntry after;
            try (SchoolServices services = school.open(settings, clock)) {
                String pupil = PupilArgument.anyone(services.pupils(), pupilId.strip()).id();
                ReasonsToCollect reasons = services.reasonsToCollect();
                StaffMember member = staff.signIn(spec, services);
                after = reasons.add(pupil, day, reg, reason.strip(), StaffOption.identity(member));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(after.pupilId() + " " + after.register().words() + " " + after.date() + ": reason added: "
                    + after.reason().orElse("") + after.reasonStatus().filter(s -> s == lategate.domain.register
                    .ReasonStatus.CLAIMED).map(s -> " (a claim: decide it with 'lategate claims')").orElse(""));
            return 0;
        }
    }

    private static String arrived(SessionEntry e, ZoneId zone) {
        return e.arrival().map(RecordedArrival::arrivedAt)
                .map(at -> TimeWords.CLOCK_SECONDS.format(at.atZone(zone))).orElse("");
    }
}
