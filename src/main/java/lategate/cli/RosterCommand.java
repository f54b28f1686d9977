package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.domain.badge.AsIsBadges;
import lategate.domain.badge.PrintedCodes;
import lategate.domain.school.School;
import lategate.roster.RosterFile;
import lategate.roster.RosterProblem;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.RosterChanges;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "roster", description = "Import the school's roster of pupils.", mixinStandardHelpOptions = true,
        subcommands = RosterCommand.Import.class,
        footer = {"", "Example:", "  lategate roster import --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db roster.csv"})
final class RosterCommand {

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Import a roster CSV, all or nothing.",
                    "Columns: pupil_id, given_name, family_name, year, class, badge; optional send, pupil_premium, "
                            + "fsm, lac, eal (yes/no), date_of_birth; or an MIS export's own headers as the settings' "
                            + "[roster] maps them (format = \"sims\", \"arbor\" or \"bromcom\"; columns; badge_from). "
                            + "Columns not used are named and ignored. Pupils missing from the file become leavers: "
                            + "kept with their history, their badges stop working."},
            footer = {"", "Example:", "  lategate roster import --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db roster.csv"})
    static final class Import implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Parameters(paramLabel = "ROSTER.CSV", description = "The roster, UTF-8 CSV with a header line.")
        Path roster;

        @Override
        public Integer call() throws Exception {
            Settings all = school.loadSettings();
            School settings = all.school();
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            RosterFile.Result result = asIsChecked(RosterFile.read(roster, all.roster()), all.badges(),
                    roster.getFileName().toString());
            if (result instanceof RosterFile.Invalid invalid) {
                for (RosterProblem problem : invalid.problems()) {
                    err.println(problem);
                }
                err.println("lategate: " + invalid.problems().size()
                        + (invalid.problems().size() == 1 ? " problem" : " problems")
                        + " in " + roster + "; nothing was imported");
                return 1;
            }
            RosterFile.Valid valid = (RosterFile.Valid) result;
            Clock clock = Main.clockOf(spec);
            java.util.function.Function<Database, RosterChanges> importing = database -> SchoolServices.ofSchool(settings, database, clock).pupils()
                    .importRoster(valid.pupils(), clock.instant().atZone(settings.zone()).toLocalDate(), clock.instant(),
                            roster.getFileName().toString(), valid.sha256());
            // A first import makes the database and its roster in one step, so a killed one leaves no register.
            RosterChanges changes = school.createWith(settings, importing).orElseGet(() -> {
                try (Database database = school.openOrCreate(settings)) {
                    return importing.apply(database);
                }
            });
            int leavers = changes.leavers().size();
            out.printf("Imported %s: %d %s (%d new, %d updated, %d unchanged, %d rejoined); %d now %s, "
                            + "kept with their history.%n", roster.getFileName(), valid.pupils().size(),
                    valid.pupils().size() == 1 ? "pupil" : "pupils", changes.added(), changes.updated(),
                    changes.unchanged(), changes.rejoined(), leavers, leavers == 1 ? "a leaver" : "leavers");
            if (!changes.leavers().isEmpty()) {
                out.println("Leavers: " + String.join(", ", changes.leavers()));
            }
            if (changes.movedYearGroup() > 0) {
                // A new year's roster (docs/rollover.md): said in the words of the start of a year.
                out.printf("New year groups: %d moved up, %d joined, %d left (off roll, kept with their history).%n",
                        changes.movedYearGroup(), changes.added() + changes.rejoined(), leavers);
            }
            if (!valid.ignored().isEmpty()) {
                out.println("Columns not used (ignored): " + String.join(", ", valid.ignored()) + ".");
            }
            return 0;
        }

        /**
         * A school whose cards are taken as scanned has no check character to catch a misread, so a
         * roster is refused where a code is shorter than [badges] min_length, or where one pupil's
         * code (as a card reader may type it) would also match another's (docs/settings.md, "[badges]").
         */
        static RosterFile.Result asIsChecked(RosterFile.Result result, lategate.settings.BadgeSettings badges,
                                             String name) {
            if (!(result instanceof RosterFile.Valid valid) || badges.printed() != PrintedCodes.AS_IS) {
                return result;
            }
            List<AsIsBadges.Conflict> conflicts = new AsIsBadges(valid.pupils().stream()
                    .map(p -> new AsIsBadges.Holder(p.id(), p.badges())).toList(), badges.minLength()).conflicts();
            if (conflicts.isEmpty()) {
                return result;
            }
            java.util.Map<String, String> badgeOf = valid.pupils().stream()
                    .collect(java.util.stream.Collectors.toMap(lategate.domain.pupil.Pupil::id,
                            lategate.domain.pupil.Pupil::badge));
            return new RosterFile.Invalid(conflicts.stream().map(c -> new RosterProblem(name,
                    valid.lines().getOrDefault(c.pupilId(), 0L), (c.code().equals(badgeOf.get(c.pupilId()))
                    ? "badge '" : RosterFile.BADGE_2 + " '") + c.code() + "' (as-is): " + c.why()))
                    .sorted(java.util.Comparator.comparingLong(RosterProblem::line)).toList());
        }
    }
}
