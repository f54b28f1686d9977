package lategate.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import lategate.app.retention.PurgeCounts;
import lategate.app.retention.RetentionPurge;
import lategate.domain.school.School;
import lategate.domain.staff.StaffMember;
import lategate.store.Database;
import lategate.store.SqliteRetention;
import lategate.store.SqliteStaff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Removes everything past the school's retention ([retention] years, default 6: PSA §H, "
                + "KTS §4.1, under the 2024 regulations), counted from the end of the academic year (31 August) "
                + "an entry belongs to: arrivals with their reasons and repeat scans, unmarked scans, sign-outs and "
                + "returns, amendments, stage decisions, the daily summaries of those days and their deliveries, "
                + "kiosk faults, ended cut-offs and lunch passes, the contacts and badge issues of pupils who left "
                + "before the cut-off, and those leavers themselves once nothing of theirs is kept.",
                "All in one transaction: a purge that fails leaves everything as it was. Each purge is recorded in "
                        + "the database's purge log (when, who, the cut-off and how many rows of each kind; no "
                        + "names). --dry-run prints the same counts and changes nothing."},
        footer = {"", "Example:", "  lategate purge --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --dry-run"})
final class PurgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--dry-run", description = "Print how many rows of each kind would go, and change nothing.")
    boolean dryRun;

    @Option(names = "--staff", paramLabel = "USERNAME", description = "An administrator who carries out the purge, "
            + "typing their PIN when asked; without it the purge log names the operating-system user (for a "
            + "scheduled purge).")
    String staff;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        PrintWriter out = spec.commandLine().getOut();
        try (Database database = school.open(settings)) {
            RetentionPurge purge = new RetentionPurge(settings, new SqliteRetention(database), Main.clockOf(spec));
            String by = whoPurges(database, settings);
            PurgeCounts counts = purge.run(by, dryRun);
            out.println(purge.rule().sentence(purge.today()));
            out.println(dryRun ? "Would remove (dry run: nothing was changed):" : "Removed:");
            for (Map.Entry<String, Integer> count : counts.byTable().entrySet()) {
                out.printf("  %-18s %d%n", count.getKey(), count.getValue());
            }
            out.printf("  %-18s %d%n", "total", counts.total());
            if (!dryRun) {
                out.println("Recorded in the purge log, by " + by + ".");
            }
        }
        return 0;
    }

    private String whoPurges(Database database, School settings) throws Exception {
        if (staff == null) {
            return "system user " + System.getProperty("user.name", "unknown");
        }
        StaffMember member = StaffLogin.signedIn(spec, Main.pinsOf(spec), "--staff", staff, new SqliteStaff(database),
                school.loadSettings(), Main.clockOf(spec).instant(), "a purge is recorded with who did it");
        if (!member.isAdministrator()) {
            throw new BadInputException("--staff " + staff + ": only an administrator may purge the register");
        }
        return member.nameAndPosition();
    }
}
