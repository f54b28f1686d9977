package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.domain.entry.LateBus;
import lategate.domain.staff.StaffMember;
import lategate.domain.register.TimeWords;
import lategate.settings.Settings;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "late-bus-mode", mixinStandardHelpOptions = true,
        description = {"Late-bus mode at the kiosks: until the time given, a late pupil who scans has the bus as "
                + "their reason, with no reason picker and no consequence told; the mark stays L or U as the "
                + "register rules say (changing it is 'lategate amend late-bus'). It ends by itself, survives a "
                + "restart, and every kiosk on the database runs it. The same as B in the kiosk's staff mode."},
        subcommands = {LateBusModeCommand.Start.class, LateBusModeCommand.Show.class},
        footer = {"", "Examples:",
                "  lategate late-bus-mode start --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff office --route \"route 42\" --until 09:30",
                "  lategate late-bus-mode show --school lategate-demo/demo.toml --db lategate-demo/demo.db"})
final class LateBusModeCommand {

    @Command(name = "start", mixinStandardHelpOptions = true,
            description = "Declares a late bus from now until --until today, recorded with who declared it.",
            footer = {"", "Example:",
                    "  lategate late-bus-mode start --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                    "      --staff office --route \"route 42\" --until 09:30"})
    static final class Start implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--route", required = true, paramLabel = "TEXT",
                description = "The route or reason, as the kiosks will record it, e.g. \"route 42\".")
        String route;

        @Option(names = "--until", required = true, paramLabel = "HH:MM",
                description = "When it ends by itself, later today (school time).")
        String until;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            Clock clock = Main.clockOf(spec);
            LateBus bus;
            try (SchoolServices services = school.open(settings, clock)) {
                StaffMember member = staff.signIn(spec, services);
                bus = services.lateBusMode().declare(route, AmendCommand.time("--until", until),
                        StaffOption.identity(member), "office");
            }
            spec.commandLine().getOut().println(bus.words(settings.school().zone()) + ", declared by "
                    + bus.declaredBy() + ": late pupils who scan get it as their reason, with no picker.");
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Says whether a late bus is running now, which, and until when.",
            footer = {"", "Example:",
                    "  lategate late-bus-mode show --school lategate-demo/demo.toml --db lategate-demo/demo.db"})
    static final class Show implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            Optional<LateBus> bus;
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                bus = services.lateBusMode().now();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println(bus.map(b -> b.words(settings.school().zone()) + ", declared by " + b.declaredBy() + " at "
                    + TimeWords.CLOCK.format(b.declaredAt().atZone(settings.school().zone())))
                    .orElse("No late bus is running."));
            return 0;
        }
    }
}
