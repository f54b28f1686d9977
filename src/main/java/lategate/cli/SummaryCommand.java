package lategate.cli;

import lategate.output.SummaryMaking;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.wiring.SchoolServices;
import lategate.app.sync.OutboxEntry;
import lategate.app.sync.Summaries;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.SqliteOutbox;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "summary", mixinStandardHelpOptions = true,
        subcommands = {SummaryCommand.Make.class, SummaryCommand.ListOutbox.class, SummaryCommand.Show.class},
        description = "Daily summaries in this kiosk's outbox: make one on demand, list them, show one as sent.",
        footer = {"", "Example:", "  lategate summary make --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --date 2026-11-23"})
final class SummaryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say which: make, list or show");
    }

    @Command(name = "make", mixinStandardHelpOptions = true,
            description = "Makes a day's summary now (a new version only if something changed since the last one), "
                    + "even for a day with nothing recorded, so the hub knows the kiosk had nothing to report.",
            footer = {"", "Example:", "  lategate summary make --school config/schools/demo.toml \\",
                    "      --db lategate-demo/demo.db --date 2026-11-23"})
    static final class Make implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--date", paramLabel = "DATE", description = "The school day; default today.")
        String date;

        @Mixin
        SummaryKioskOption kiosk;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            Clock clock = Main.clockOf(spec);
            LocalDate day = SchoolTime.dateOr("--date", date, clock, settings.school().zone());
            if (day.isBefore(settings.school().calendar().yearStarts())
                    || day.isAfter(settings.school().calendar().yearEnds())) {
                throw new BadInputException("--date " + day + " is outside the academic year "
                        + settings.school().calendar().yearStarts() + " to " + settings.school().calendar().yearEnds());
            }
            if (day.isAfter(clock.instant().atZone(settings.school().zone()).toLocalDate())) {
                throw new BadInputException("--date " + day + " has not happened yet: a summary is of a day so far");
            }
            try (SchoolServices services = school.open(settings, clock)) {
                SqliteOutbox outbox = services.outbox();
                Summaries.Made made = services.summaries()
                        .make(day, kiosk.requested(), clock.instant());
                PrintWriter out = spec.commandLine().getOut();
                if (made instanceof Summaries.Made.Unchanged u) {
                    out.println("The summary of " + day + " is unchanged: version " + u.latest().key().version()
                            + " already says this.");
                } else {
                    SummaryMaking.report(out, List.of(made));
                }
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every summary in the outbox, oldest first, with its checksum and where it has been sent.",
            footer = {"", "Example:", "  lategate summary list --school config/schools/demo.toml \\",
                    "      --db lategate-demo/demo.db"})
    static final class ListOutbox implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                SqliteOutbox outbox = services.outbox();
                PrintWriter out = spec.commandLine().getOut();
                List<OutboxEntry> all = outbox.all();
                if (all.isEmpty()) {
                    out.println("The outbox is empty: no summary has been made yet.");
                    return 0;
                }
                out.printf("%-10s  %-12s  %7s  %-20s  %-12s  %s%n", "date", "kiosk", "version", "made at (UTC)",
                        "sha256", "sent to");
                for (OutboxEntry e : all) {
                    List<String> targets = outbox.targetsOf(e.id());
                    out.printf("%-10s  %-12s  %7d  %-20s  %-12s  %s%n", e.key().date(), e.key().kioskId(),
                            e.key().version(), e.madeAt().toString().substring(0, 19).replace('T', ' '),
                            e.sha256().substring(0, 12), targets.isEmpty() ? "(waiting)" : String.join(", ", targets));
                }
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints a summary exactly as it is sent (JSON; fields documented in README).",
            footer = {"", "Example:", "  lategate summary show --school config/schools/demo.toml \\",
                    "      --db lategate-demo/demo.db --date 2026-11-23"})
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--date", required = true, paramLabel = "DATE", description = "The school day.")
        String date;

        @Option(names = "--summary-version", paramLabel = "N", description = "Which version; default the latest.")
        Integer version;

        @Override
        public Integer call() throws Exception {
            Settings settings = SchoolSettings.read(school.school.file);
            LocalDate day = SchoolTime.date("--date", date);
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                SqliteOutbox outbox = services.outbox();
                Optional<OutboxEntry> entry = version == null ? outbox.latest(day) : outbox.version(day, version);
                if (entry.isEmpty()) {
                    throw new BadInputException("no summary of " + day + (version == null ? "" : " version " + version)
                            + " in the outbox: see 'lategate summary list'");
                }
                spec.commandLine().getOut().print(new String(entry.get().body(), StandardCharsets.UTF_8));
                return 0;
            }
        }
    }
}
