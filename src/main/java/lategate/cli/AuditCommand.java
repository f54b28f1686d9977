package lategate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.domain.audit.Amendment;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.store.SqliteAmendments;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.SchoolServices;

@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "The audit trail of amendments for one pupil or one school day: when, the original entry, "
                + "the amended entry, the late reason set, the reason, the evidence, and the name and position of "
                + "who made it (the 2024 regulations).",
        footer = {"", "Examples:", "  lategate audit --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --pupil D0002",
                "  lategate audit --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --date 2026-11-23"})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    static final class Which {
        @Option(names = "--pupil", paramLabel = PupilArgument.LABEL, description = "Every amendment of one pupil's "
                + "entries: their id, or their name when only one pupil has it.")
        String pupil;

        @Option(names = "--date", paramLabel = "DATE", description = "Every amendment of entries on one school day.")
        String date;
    }

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        List<Amendment> trail;
        String about;
        try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
            SqliteAmendments amendments = services.amendmentLog();
            if (which.pupil != null) {
                Pupil pupil = PupilArgument.anyone(services.pupils(), which.pupil);
                trail = amendments.ofPupil(pupil.id());
                about = "for " + PupilArgument.named(pupil);
            } else {
                trail = amendments.on(SchoolTime.date("--date", which.date));
                about = "on " + which.date;
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (trail.isEmpty()) {
            out.println("No amendments " + about + ".");
            return 0;
        }
        for (Amendment a : trail) {
            out.println(TimeWords.DAY.format(a.at().atZone(settings.zone())) + " "
                    + TimeWords.CLOCK_SECONDS.format(a.at().atZone(settings.zone())) + "  " + a.by()
                    + a.batch().map(b -> "  [batch " + b + "]").orElse(""));
            out.println("  " + a.pupilId() + ", " + a.register().words() + " register of " + a.schoolDate() + ": "
                    + a.original().code() + " -> " + a.amended().code()
                    + (a.original() == a.amended() ? " (unchanged)" : " (" + a.amended().meaning() + ")"));
            a.lateReason().ifPresent(r -> out.println("  late reason set: " + r));
            out.println("  reason: " + a.reason());
            a.evidence().ifPresent(e -> out.println("  evidence: " + e));
        }
        return 0;
    }
}
