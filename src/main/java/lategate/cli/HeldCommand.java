package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.app.held.HeldScanImport;
import lategate.settings.Settings;
import lategate.store.HeldScansFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.kiosk.HeldImport;
import lategate.wiring.SchoolServices;

@Command(name = "held", mixinStandardHelpOptions = true,
        description = "Scans a kiosk held beside the register while the register's file was deleted or replaced.",
        subcommands = HeldCommand.Import.class,
        footer = {"", "Example:", "  lategate held import --school /etc/lategate/school.toml \\",
                "      --db /var/lib/lategate/lategate.db"})
final class HeldCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Record the scans held in the file beside the database (the database's name with "
                    + HeldScansFile.SUFFIX + ") at the times they were made, as if scanned then: L or U is what it "
                    + "was when the pupil scanned. A scan already in the register is skipped, so running it again "
                    + "records nothing twice. Once every line is in, the file is renamed with .recorded- and the "
                    + "time. A line that cannot be recorded is named as file:line, the others are recorded, the "
                    + "file stays, and the exit code is 1.",
                    "The kiosk does the same by itself when it starts on a good database."},
            footer = {"", "Example:", "  lategate held import --school /etc/lategate/school.toml \\",
                    "      --db /var/lib/lategate/lategate.db"})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            Clock clock = Main.clockOf(spec);
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Optional<HeldImport.Report> report;
            try (SchoolServices services = school.open(settings, clock)) {
                report = HeldImport.run(school.db, settings.school(), services.signIn(), services.registerLog(),
                        services.pupils().hasRoster(), clock.instant());
            }
            if (report.isEmpty()) {
                out.println("No scans are held beside " + school.db + " (no " + HeldScansFile.beside(school.db).path()
                        + "): nothing to record.");
                return 0;
            }
            HeldScanImport.Result result = report.get().result();
            for (HeldScanImport.Done done : result.recorded()) {
                out.println(report.get().file() + ":" + done.line() + ": " + done.words());
            }
            report.get().problems().forEach(err::println);
            if (!result.complete()) {
                err.println("lategate: " + report.get().summary());
                return 1;
            }
            out.println(report.get().summary());
            return 0;
        }
    }
}
