package lategate.cli;

import lategate.output.ProgressAfterASecond;
import lategate.output.SummaryMaking;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.wiring.SchoolServices;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.Summaries;
import lategate.app.sync.Sync;
import lategate.app.sync.SyncFailure;
import lategate.app.sync.SyncTarget;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.SqliteOutbox;
import lategate.sync.SettingsCopy;
import lategate.sync.hub.SyncTargets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import lategate.wiring.BadInputException;

@Command(name = "sync", mixinStandardHelpOptions = true,
        description = {"Brings the daily summaries up to date (a new version of any day with something recorded "
                + "since its last summary) and sends every summary the target has not yet taken, oldest day first. "
                + "The target is a folder (a shared drive or USB stick: one JSON file per school, kiosk, date and "
                + "version, with a .sha256 beside it) or a PostgreSQL hub. A delivery is recorded only once the "
                + "target has it, so an interrupted sync loses nothing and the next one sends nothing twice. The "
                + "school's settings file goes too (its exit PIN hash withheld), so the hub knows the school's calendar.",
                "A hub's password comes from the file named by password_file under [sync] in the settings, else the "
                        + "environment variable LATEGATE_HUB_PASSWORD; never from the address or the command line.",
                "Exit 0 when everything was sent; 1 when something stopped it (the message says what), with "
                        + "everything unsent still waiting in the outbox."},
        footer = {"", "Example:", "  lategate sync --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --to /media/usb/lategate",
                "  lategate sync --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --to 'postgresql://kiosk_demo@hub.example:5432/attendance?sslmode=verify-full'"})
final class SyncCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--to", paramLabel = "TARGET", description = "A folder, or postgresql://USER@HOST:PORT/DATABASE[?sslmode=verify-full&sslrootcert=FILE]; "
            + "default the target in the settings' [sync] table.")
    String to;

    @Mixin
    SummaryKioskOption kiosk;

    @Override
    public Integer call() throws Exception {
        Settings settings = SchoolSettings.read(school.school.file);
        String target = Optional.ofNullable(to).or(() -> settings.sync().target()).orElseThrow(() ->
                new BadInputException("no target: give --to FOLDER or --to postgresql://…, or set target under "
                        + "[sync] in " + school.school.file));
        Clock clock = Main.clockOf(spec);
        PrintWriter out = spec.commandLine().getOut();
        try (SchoolServices services = school.open(settings, clock)) {
            SqliteOutbox outbox = services.outbox();
            LocalDate today = clock.instant().atZone(settings.school().zone()).toLocalDate();
            List<Summaries.Made> made = services.summaries()
                    .catchUp(today, kiosk.requested(), clock.instant());
            SummaryMaking.report(out, made);
            Sync.Result result;
            SettingsFile copy = SettingsCopy.of(settings.school().id(), school.school.file);
            try (SyncTarget opened = SyncTargets.open(target, settings.sync().passwordFile())) {
                ProgressAfterASecond progress = new ProgressAfterASecond("sending",
                        outbox.status(opened.name()).waiting());
                try {
                    result = new Sync(outbox, clock).send(opened, Optional.of(copy), progress);
                } finally {
                    progress.finish();
                }
            } catch (SyncFailure e) {
                throw new BadInputException(e.getMessage() + "; nothing was sent, the summaries stay in the outbox");
            }
            out.println("Sent " + result.sent() + (result.sent() == 1 ? " summary" : " summaries") + " to "
                    + result.target() + ".");
            if (!result.complete()) {
                spec.commandLine().getErr().println("lategate: " + result.failure().get() + "; " + result.waiting()
                        + (result.waiting() == 1 ? " summary waits" : " summaries wait")
                        + " in the outbox for the next sync");
                return 1;
            }
            return 0;
        }
    }
}
