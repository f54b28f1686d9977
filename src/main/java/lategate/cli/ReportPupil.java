package lategate.cli;

import lategate.reporting.ReportScope;
import lategate.reporting.SchoolReport;

import lategate.output.Text;

import java.io.PrintWriter;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Callable;
import lategate.app.lateness.PupilPage;
import lategate.domain.audit.Amendment;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.ThresholdStanding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "pupil", mixinStandardHelpOptions = true,
        description = {"One pupil's lateness this academic year: late marks per block, thresholds, their stage "
                + "and every decision on it, and each late arrival with the sentence the register rules gave, "
                + "the reason and the code it stands as now (after any amendment).",
                "On the trust's hub (--hub URL --school ID): the same page from the hub's merged marks; the hub "
                        + "has no badge, leaving date or consequence for a pupil."},
        footer = {"", "Examples:", "  lategate report pupil --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db D0002",
                "  lategate report pupil --hub postgresql://trust_reports@hub.example:5432/attendance \\",
                "      --hub-password-file trust_reports.password --school demo D0002"})
final class ReportPupil implements Callable<Integer> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    @Spec
    CommandSpec spec;

    @Mixin
    ReportSourceOptions source;

    @Parameters(paramLabel = PupilArgument.LABEL, description = "The pupil's id, as on the roster, or their name "
            + "when only one pupil, leavers included, has it.")
    String pupil;

    @Override
    public Integer call() throws Exception {
        try (ReportScope scope = source.open(spec, "report pupil is about one pupil of one school: give --school ID, "
                + "not --all")) {
            SchoolReport session = scope.only();
            PupilPage page = session.reports().pupil(PupilArgument.anyone(session.pupils(), pupil).id(),
                    session.today());
            PrintWriter out = spec.commandLine().getOut();
            var p = page.pupil();
            out.println(p.fullName() + " (" + p.id() + "), year " + p.year() + ", class " + p.className()
                    + (p.onRoll() ? "" : ", left on " + p.leftOn().get()));
            out.println("Late marks by block: " + Text.sparkline(page.lateMarksPerBlock(), 40) + "  "
                    + page.lateMarksPerBlock());
            if (session.settings().lateness().stages().isPresent()) {
                out.println("Stage: " + page.stage().words());
            }
            for (StageDecision d : page.decisions()) {
                out.println("  block " + d.block().number() + ": " + d.from().words() + " -> " + d.decided().words()
                        + " (" + d.kind().word() + (d.kind() == StageDecision.Kind.OVERRIDDEN ? " from proposed "
                        + d.proposed().words() : "") + ") by " + d.by() + d.why().map(w -> ": " + w).orElse(""));
            }
            for (ThresholdStanding t : page.thresholds()) {
                out.println("Threshold: " + t.words() + ", " + t.count() + " U in " + t.weeks()
                        + (t.note().isEmpty() ? "" : "; " + t.note()));
            }
            out.println(page.arrivals().size() + (page.arrivals().size() == 1 ? " late arrival" : " late arrivals")
                    + " this year:");
            for (PupilPage.PupilArrival a : page.arrivals()) {
                var entry = a.entry().entry();
                String now = entry.changed() ? " (now " + entry.code().code() + ")" : "";
                out.printf("  %-10s %s %-2s %s %-2s%s  %s%s%n", DAY.format(entry.date()),
                        CLOCK.format(entry.at().atZone(session.settings().school().zone())),
                        entry.register(), "block " + a.block(), entry.originalCode().code(), now,
                        entry.arrival().map(r -> r.explanation()).orElse(entry.explanation()),
                        entry.reason().map(r -> " Reason: " + r + ".").orElse(""));
            }
            for (Amendment m : page.amendments()) {
                out.println("  amended " + m.schoolDate() + " " + m.register() + ": " + m.original().code() + " -> "
                        + m.amended().code() + " by " + m.by() + ": " + m.reason());
            }
        }
        return 0;
    }
}
