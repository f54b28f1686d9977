package lategate.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import lategate.app.retention.PurgeCounts;
import lategate.app.retention.RetentionPurge;
import lategate.domain.school.School;
import lategate.domain.staff.AccessPolicy;
import lategate.domain.staff.StaffMember;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "purge", mixinStandardHelpOptions = true,
        description = {"Removes everything past the school's retention ([retention] years, default and least 6: "
                + "the 2024 regulations keep every entry 6 years after the date it was made), counted from the end "
                + "of the academic year (31 August) in which each record was made, never the day it is about (an "
                + "amendment goes by the day it was made; a register session goes whole, once everything on it "
                + "is past): arrivals with their reasons and repeat scans, unmarked scans, sign-outs and "
                + "returns, amendments, stage decisions, the daily summaries of those days and their deliveries, "
                + "kiosk faults, ended cut-offs and lunch passes, the contacts and badge issues of pupils who left "
                + "before the cut-off, and those leavers themselves once nothing of theirs is kept.",
                "All in one transaction: a purge that fails leaves everything as it was. Each purge is recorded in "
                        + "the database's purge log (when, who, the cut-off and how many rows of each kind; no "
                        + "names).",
                "A settings file whose [retention] years is below 6 is refused (exit 1, nothing removed).",
                "What is removed is gone for good, so a purge goes by the clock only when it is plausible: it is "
                        + "refused (exit 1, nothing removed) when the clock is later than the calendar's year end plus "
                        + "the retention, earlier than the latest record, or questioned by a kiosk and not yet "
                        + "confirmed or set by staff.",
                "It always shows the cut-off and how many rows of each kind it will remove, then asks. On a "
                        + "terminal it asks whether to go on (anything but yes is a dry run), then for the "
                        + "administrator's PIN (--staff). With --yes (for scripts) it does not ask whether, but still "
                        + "reads the PIN (from standard input when there is no terminal). With no terminal and no "
                        + "--yes or --dry-run it is refused as a usage error (exit 2) with nothing removed."},
        footer = {"", "Examples:", "  lategate purge --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --dry-run",
                "  lategate purge --school config/schools/demo.toml --db lategate-demo/demo.db --staff head"})
final class PurgeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--dry-run", description = "Print the cut-off and how many rows of each kind would go, and "
            + "change nothing; no PIN is asked.")
    boolean dryRun;

    @Option(names = "--yes", description = "Do not ask whether to go on (for scripts); the administrator's PIN is "
            + "still read, from standard input when there is no terminal.")
    boolean yes;

    @Option(names = "--staff", paramLabel = "USERNAME", description = "The administrator who carries out the purge, "
            + "typing their PIN when asked (one line of standard input for scripts). Needed unless --dry-run.")
    String staff;

    @Override
    public Integer call() throws Exception {
        boolean terminal = System.console() != null;
        if (!dryRun && staff == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '--staff=USERNAME': a purge "
                    + "is carried out by an administrator, who types their PIN (or --dry-run to see what would go)");
        }
        if (!dryRun && !terminal && !yes) {
            throw new ParameterException(spec.commandLine(), "there is no terminal to ask whether to purge: give "
                    + "--yes to purge from a script (the PIN still on standard input), or --dry-run to see what "
                    + "would go; nothing was removed");
        }
        School settings = school.loadSchool();
        PrintWriter out = spec.commandLine().getOut();
        try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
            RetentionPurge purge = new RetentionPurge(settings, services.retention(),
                    services.clockLog(), Main.clockOf(spec));
            PurgeCounts will = purge.preview();
            out.println(purge.rule().sentence(purge.today()));
            out.println(dryRun ? "Would remove (dry run: nothing was changed):" : "Will remove:");
            print(out, will);
            if (dryRun) {
                return 0;
            }
            if (!yes && !confirmed(out, will)) {
                out.println("Nothing was changed (a dry run).");
                return 0;
            }
            String by = administrator(services);
            PurgeCounts counts = purge.run(by);
            out.println("Removed:");
            print(out, counts);
            out.println("Recorded in the purge log, by " + by + ".");
        }
        return 0;
    }

    private static void print(PrintWriter out, PurgeCounts counts) {
        for (Map.Entry<String, Integer> count : counts.byTable().entrySet()) {
            out.printf("  %-18s %d%n", count.getKey(), count.getValue());
        }
        out.printf("  %-18s %d%n", "total", counts.total());
        out.flush();
    }

    /** Asked on the terminal: only "yes" goes on, so a stray Enter removes nothing. */
    private static boolean confirmed(PrintWriter out, PurgeCounts will) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        out.flush();
        String answer = console.readLine("Remove these %d rows for good? Type yes to go on, anything else changes "
                + "nothing: ", will.total());
        return answer != null && answer.strip().equalsIgnoreCase("yes");
    }

    private String administrator(SchoolServices services) throws Exception {
        StaffMember member = StaffOption.signedIn(spec, Main.pinsOf(spec), "--staff", staff,
                new SchoolServices(school.loadSettings(), services.database(), services.clock()), "a purge is recorded with who did it");
        AccessPolicy.standard().decide(member, AccessPolicy.Action.PURGE_REGISTER).orElseThrow(BadInputException::new);
        return member.nameAndPosition();
    }
}
