package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.demo.DemoSchool;
import lategate.domain.school.School;
import lategate.roster.RosterFile;
import lategate.roster.RosterProblem;
import lategate.settings.SchoolSettings;
import lategate.store.Database;
import lategate.store.SqlitePupils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.demo.DemoHistory;
import lategate.demo.DemoSetup;
import lategate.kiosk.KioskLauncher;
import lategate.wiring.BadInputException;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run the kiosk on the demo school. On first use it makes a data folder with the settings, a "
                + "roster of about 300 pupils with badges, and a database; it prints where it is and badge codes to "
                + "try, then opens the kiosk (staff leave with F12 and the PIN 1234). Without a terminal it only "
                + "sets up the folder."},
        footer = {"", "Examples:", "  lategate demo", "  lategate demo --clock 2026-11-23T08:50:00",
                "  lategate demo --lateness-history --clock 2026-11-27T15:30:00",
                "  lategate demo --data /tmp/demo --no-kiosk"})
final class DemoCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "lategate-demo",
            description = "The demo's data folder (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--clock", paramLabel = "TIME",
            description = "Start the kiosk's clock at this school time and let it run on, e.g. 2026-11-23T08:50:00.")
    String startClock;

    @Option(names = "--kiosk-id", paramLabel = "NAME", defaultValue = "demo-kiosk",
            description = "This kiosk's name in the register (default: ${DEFAULT-VALUE}).")
    String kioskId;

    @Option(names = "--no-kiosk", description = "Only set up the data folder and print how to use it.")
    boolean noKiosk;

    @Option(names = "--lateness-history", description = "Fill the register with a made-up history of late "
            + "arrivals (seeded, the same every time) from the first day of the year to the day before --clock (or "
            + "today), so the attendance lead's review in staff mode (5), the reports and the stage ladder have "
            + "something to show. Only when the demo has no late marks in that time yet.")
    boolean latenessHistory;

    @Override
    public Integer call() throws Exception {
        DemoSchool demo = new DemoSchool(data);
        java.time.Clock clock = Main.clockOf(spec);
        if (java.nio.file.Files.isRegularFile(demo.database())) {
            // As the kiosk does at start: a demo database damaged (a killed run, a full disk) is said
            // plainly, before anything writes to it, rather than failing somewhere in the set-up.
            lategate.store.DatabaseHealth.Report health = lategate.store.DatabaseHealth.quick(demo.database());
            if (!health.sound()) {
                throw new BadInputException("the demo's database " + demo.database() + " is damaged: "
                        + health.problem().orElse("it failed SQLite's quick check") + "; nothing was changed. It holds "
                        + "only made-up data: remove the folder " + data + " and run demo again to start afresh");
            }
        }
        boolean fresh = DemoSetup.prepare(demo, clock);
        lategate.settings.Settings settings = SchoolSettings.read(demo.settings());
        School school = settings.school();
        PrintWriter out = spec.commandLine().getOut();
        out.println((fresh ? "Made" : "Using") + " the demo school in " + data.toAbsolutePath());
        out.println("  settings: " + demo.settings());
        out.println("  roster:   " + demo.roster());
        out.println("  database: " + demo.database());
        if (latenessHistory) {
            LocalDate today = startClock != null
                    ? SchoolTime.instant("--clock", startClock, school.zone()).atZone(school.zone()).toLocalDate()
                    : clock.instant().atZone(school.zone()).toLocalDate();
            Optional<DemoHistory.Added> added;
            try (Database database = Database.open(demo.database())) {
                added = DemoHistory.add(database, school, today.minusDays(1));
            }
            out.println(added.map(a -> "  history:  " + a.arrivals() + " late arrivals of " + a.pupils()
                    + " pupils from " + a.from() + " to " + a.to() + " (" + a.amendedToM() + " U amended to M), made up "
                    + "for the attendance lead's review").orElse("  history:  none added: the register already has late "
                    + "marks before " + today + ", or the year has no school day before it"));
        }
        out.println();
        out.println("Badges to try: " + DemoSchool.printed(1) + ", " + DemoSchool.printed(2) + ", "
                + DemoSchool.printed(3) + ", " + DemoSchool.printed(42) + " … " + DemoSchool.printed(308)
                + " (each ends in its check character); NOT-A-BADGE and " + DemoSchool.badge(2)
                + " (no check character) are refused.");
        out.println("Staff mode: F2, then username 'office' (receptionist), 'lead' (attendance lead) or 'head' "
                + "(administrator), PIN " + DemoSchool.STAFF_PIN + ". The same accounts work with --staff on the "
                + "command line.");
        String common = "--school " + demo.settings() + " --db " + demo.database();
        String command = CommandName.current();
        boolean kiosk = !noKiosk && System.console() != null;
        if (kiosk) {
            out.println();
            out.println("Opening the kiosk. Type a badge code and Enter, as a scanner would. "
                    + "Staff leave with F12 and the PIN 1234.");
            out.flush();
            java.time.Clock kioskClock = clock.withZone(school.zone());
            if (startClock != null) {
                kioskClock = KioskLauncher.startingAt(kioskClock,
                        SchoolTime.instant("--clock", startClock, school.zone()), school.zone());
            }
            KioskLauncher.run(settings, demo.settings(), lategate.store.Database.open(demo.database()), kioskId,
                    kioskClock);
            out.println("The kiosk is closed. Its Late Book:");
            out.println("  " + command + " book " + common + " --date "
                    + kioskClock.instant().atZone(school.zone()).toLocalDate());
            return 0;
        }
        out.println();
        out.println("Try:");
        out.println("  " + command + " sign-in " + common + " --badge " + DemoSchool.printed(1)
                + " --at 2026-11-23T08:44:00");
        out.println("  " + command + " sign-in " + common + " --badge " + DemoSchool.printed(2)
                + " --at 2026-11-23T08:57:00 --reason transport");
        out.println("  " + command + " sign-in " + common + " --badge " + DemoSchool.printed(3)
                + " --at 2026-11-23T09:25:00 --reason overslept");
        out.println("  " + command + " book " + common + " --date 2026-11-23");
        out.println("  " + command + " explain --school " + demo.settings() + " --at 2026-11-23T09:10:00");
        return 0;
    }
}
