package lategate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.movement.Movements;
import lategate.domain.school.School;
import lategate.store.Database;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "off-site", mixinStandardHelpOptions = true,
        description = "Who is off site now: name, class, since, reason, collected by, expected back; overdue "
                + "returns are marked OVERDUE.",
        footer = {"", "Example:", "  lategate off-site --school config/schools/demo.toml --db lategate-demo/demo.db"})
final class OffSiteCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        List<Movements.OffSite> off;
        try (Database database = school.open(settings)) {
            off = new Movements(settings, new SqlitePupils(database), new SqliteMovements(database),
                    Main.clockOf(spec)).offSiteNow();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (off.isEmpty()) {
            out.println("Nobody is signed out: everyone signed in today is on site.");
            return 0;
        }
        long overdue = off.stream().filter(Movements.OffSite::overdue).count();
        out.println(off.size() + " off site" + (overdue > 0 ? ", " + overdue + " OVERDUE" : "") + ":");
        for (Movements.OffSite o : off) {
            out.printf("  %-6s  %-30s  out since %s: %s%n", o.pupil().className(), o.pupil().fullName(),
                    RollCommand.time(o.signOut().at(), settings), RollCommand.detail(o, settings));
        }
        return 0;
    }
}
