package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.movement.Movements;
import lategate.domain.school.School;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.SchoolServices;

@Command(name = "off-site", mixinStandardHelpOptions = true,
        description = {"Who is off site now: name, class, since, reason, collected by, expected back; overdue "
                + "returns are marked OVERDUE. A pupil signed back in is on site, whatever their expected return.",
                "With --at, who was off site then: sign-outs and returns recorded as later do not count."},
        footer = {"", "Examples:", "  lategate off-site --school config/schools/demo.toml --db lategate-demo/demo.db",
                "  lategate off-site --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --at 2026-11-23T11:00:00"})
final class OffSiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--at", paramLabel = "TIME", description = "Who was off site at this time, e.g. "
            + "2026-11-23T11:00:00; default now.")
    String at;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        Clock clock = Main.clockOf(spec);
        Instant when = SchoolTime.stoodAtOr("--at", at, clock.instant(), settings.zone());
        List<Movements.OffSite> off;
        try (SchoolServices services = school.open(settings, clock)) {
            off = services.movements().offSiteAt(when);
        }
        PrintWriter out = spec.commandLine().getOut();
        String then = at == null ? "" : " at " + RollCommand.time(when, settings);
        if (off.isEmpty()) {
            out.println(at == null ? "Nobody is signed out: everyone signed in today is on site."
                    : "Nobody was signed out" + then + ": everyone signed in by then was on site.");
            return 0;
        }
        long overdue = off.stream().filter(Movements.OffSite::overdue).count();
        out.println(off.size() + " off site" + then + (overdue > 0 ? ", " + overdue + " OVERDUE" : "") + ":");
        for (Movements.OffSite o : off) {
            out.printf("  %-6s  %-30s  out since %s: %s%n", o.pupil().className(), o.pupil().fullName(),
                    RollCommand.time(o.signOut().at(), settings), RollCommand.detail(o, settings));
        }
        return 0;
    }
}
