package lategate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import lategate.app.LateBookEntry;
import lategate.app.slips.SlipOfEntry;
import lategate.domain.register.TimeWords;
import lategate.domain.slip.LateSlip;
import lategate.settings.Settings;
import lategate.settings.SlipSettings;
import lategate.slips.SlipPrinting;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "slips", mixinStandardHelpOptions = true,
        description = "Late slips made again from the register as it stands: list a day's, or print them again on "
                + "the school's receipt printer ([slips]) after the printer missed some (docs/receptionist.md, "
                + "\"Late slips\").",
        subcommands = {SlipsCommand.ListSlips.class, SlipsCommand.Reprint.class},
        footer = {"", "Examples:",
                "  lategate slips list --school lategate-demo/demo.toml --db lategate-demo/demo.db --date 2026-11-23",
                "  lategate slips reprint --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                "      --date 2026-11-23 --pupil \"Oliver Brown\""})
final class SlipsCommand {

    /** The day's late slips, oldest first, for the pupils named (all when none are). */
    private static List<LateSlip> slips(SchoolDatabaseOptions school, Settings settings, CommandSpec spec,
                                        String date, List<String> pupils) {
        Clock clock = Main.clockOf(spec);
        LocalDate day = SchoolTime.dateOr("--date", date, clock, settings.school().zone());
        try (SchoolServices services = school.open(settings, clock)) {
            Set<String> ids = pupils.stream().map(p -> PupilArgument.anyone(services.pupils(), p).id())
                    .collect(Collectors.toSet());
            List<LateSlip> slips = new ArrayList<>();
            for (LateBookEntry line : services.entries().lateBook(day)) {
                if (ids.isEmpty() || ids.contains(line.entry().pupilId())) {
                    SlipOfEntry.of(settings.school(), line).ifPresent(slips::add);
                }
            }
            return slips;
        }
    }

    private static String line(LateSlip s) {
        return TimeWords.CLOCK.format(s.arrived()) + "  " + s.pupilName() + " (" + s.className() + ")  "
                + s.mark().id() + "  " + s.minutesLate() + " min  " + s.reason();
    }

    /** Which slips: a day's, and optionally only some pupils'. */
    static final class WhichSlips {

        @Option(names = "--date", paramLabel = "DATE", description = "The school day, e.g. 2026-11-23; default today.")
        String date;

        @Option(names = "--pupil", paramLabel = PupilArgument.LABEL, description = "Only this pupil's slip; may be "
                + "given more than once. " + PupilArgument.DESCRIPTION)
        List<String> pupils = new ArrayList<>();
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Lists the day's late slips as they would print now: one per entry that stands as L or U, "
                    + "with the time, pupil, class, mark, minutes late and reason.",
            footer = {"", "Example:",
                    "  lategate slips list --school lategate-demo/demo.toml --db lategate-demo/demo.db --date 2026-11-23"})
    static final class ListSlips implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        WhichSlips which;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            List<LateSlip> slips = slips(school, settings, spec, which.date, which.pupils);
            PrintWriter out = spec.commandLine().getOut();
            slips.forEach(s -> out.println(line(s)));
            out.println(slips.size() == 1 ? "1 late slip." : slips.size() + " late slips.");
            return 0;
        }
    }

    @Command(name = "reprint", mixinStandardHelpOptions = true,
            description = "Prints the day's late slips again on the school's receipt printer ([slips] printer), oldest "
                    + "first, as the register stands now; with --pupil, only theirs. Stops at the first the printer "
                    + "does not take, saying why.",
            footer = {"", "Example:",
                    "  lategate slips reprint --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                    "      --date 2026-11-23 --pupil \"Oliver Brown\""})
    static final class Reprint implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        WhichSlips which;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            SlipSettings printer = settings.slips().orElseThrow(() -> new BadInputException("the school's settings "
                    + "have no [slips] table, so there is no slip printer: add one (docs/settings.md, \"Late slips\")"));
            List<LateSlip> slips = slips(school, settings, spec, which.date, which.pupils);
            PrintWriter out = spec.commandLine().getOut();
            int printed = 0;
            for (LateSlip slip : slips) {
                try {
                    SlipPrinting.printNow(printer, slip);
                } catch (IOException e) {
                    throw new BadInputException("the slip for " + slip.pupilName() + " was not printed on "
                            + printer.printer().written() + ": " + e.getMessage() + "; " + printed + " of "
                            + slips.size() + " printed before it");
                }
                printed++;
                out.println("printed: " + line(slip));
            }
            out.println((printed == 1 ? "1 late slip" : printed + " late slips") + " printed on "
                    + printer.printer().written() + ".");
            return 0;
        }
    }
}
