package lategate.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.TimeWords;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "return", mixinStandardHelpOptions = true,
        description = "Sign a pupil back in after a sign-out (a pupil can also scan their badge at the kiosk).",
        footer = {"", "Example:",
                "  lategate return --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff pat --pupil D0042"})
final class ReturnCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Mixin
    StaffOption staff;

    @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
            description = PupilArgument.DESCRIPTION)
    String pupil;

    @Option(names = "--at", paramLabel = "TIME", description = "When the pupil came back; default now.")
    String at;

    @Override
    public Integer call() throws Exception {
        Settings settings = SchoolSettings.read(school.school.file);
        Clock clock = Main.clockOf(spec);
        Instant now = clock.instant();
        Instant backAt = SchoolTime.instantOr("--at", at, now, settings.school().zone());
        Pupil who;
        try (SchoolServices services = school.open(settings, clock)) {
            who = PupilArgument.onRoll(services.pupils(), pupil);
            services.movements().signBackIn(who.id(), backAt, staff.identity(spec, services));
        }
        spec.commandLine().getOut().println("Signed " + PupilArgument.named(who) + " back in at "
                + TimeWords.CLOCK.format(backAt.atZone(settings.school().zone())) + ".");
        return 0;
    }
}
