package lategate.cli;

import lategate.reporting.ReportScope;
import lategate.reporting.SchoolReport;
import lategate.reporting.Csv;

import lategate.output.Text;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import lategate.app.lateness.GroupFigures;
import lategate.domain.lateness.Block;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "groups", mixinStandardHelpOptions = true,
        description = {"Late marks in a block for each group of pupils against the rest of the school (the tracking "
                + "of groups of pupils the 2024 attendance guidance asks of schools): SEND, pupil premium, free school meals, looked "
                + "after, EAL (from the roster's columns), each year group and each class. Per 100 pupils, so "
                + "groups of different sizes compare.",
                "CSV columns: block,group,pupils,late_pupils,late_marks,per_100,rest_pupils,rest_late_pupils,"
                        + "rest_late_marks,rest_per_100",
                "On the trust's hub (--hub URL): --school ID for one school, --all for every school (the CSV with "
                        + "school_id before the columns above). The hub knows a pupil once they have had an event "
                        + "(a scan, a sign-out, an amendment) this year, not the whole roll: its groups count those "
                        + "pupils, so per 100 figures are higher than on the kiosk's database."},
        footer = {"", "Examples:", "  lategate report groups --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 3",
                "  lategate report groups --hub postgresql://trust_reports@hub.example:5432/attendance \\",
                "      --hub-password-file trust_reports.password --all --block 3 --csv"})
final class ReportGroups implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("block", "group", "pupils", "late_pupils", "late_marks", "per_100",
            "rest_pupils", "rest_late_pupils", "rest_late_marks", "rest_per_100");

    @Spec
    CommandSpec spec;

    @Mixin
    ReportSourceOptions source;

    @Mixin
    BlockOption block;

    @Option(names = "--csv", description = "Print CSV with a header line.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        try (ReportScope scope = source.open(spec, null)) {
            // Every school's figures first: one refused (a block not started) prints nothing at all.
            // Lists beside the schools, not maps keyed by them: a school's report is a record whose hash
            // walks its whole settings.
            List<Block> chosen = new ArrayList<>();
            List<List<GroupFigures>> figures = new ArrayList<>();
            for (SchoolReport school : scope.schools) {
                Block b = block.orToday(school.reports(), school.today());
                chosen.add(b);
                figures.add(school.reports().groups(b, school.today()));
            }
            PrintWriter out = spec.commandLine().getOut();
            Csv.Printer p = csv ? Csv.printer(out, COLUMNS, scope.trustWide) : null;
            for (int i = 0; i < scope.schools.size(); i++) {
                SchoolReport school = scope.schools.get(i);
                Optional<String> id = scope.trustWide ? Optional.of(school.schoolId()) : Optional.empty();
                if (csv) {
                    for (GroupFigures g : figures.get(i)) {
                        Csv.record(p, id, chosen.get(i).number(), g.group(), g.pupils(), g.latePupils(),
                                g.lateMarks(), String.format(Locale.ROOT, "%.1f", g.perHundred()), g.restPupils(),
                                g.restLatePupils(), g.restLateMarks(),
                                String.format(Locale.ROOT, "%.1f", g.restPerHundred()));
                    }
                    continue;
                }
                Csv.heading(out, scope, school);
                out.println("Block " + chosen.get(i).number()
                        + ": late marks per 100 pupils, each group against the rest");
                out.printf("%-20s  %6s  %6s  %8s  %8s%n", "Group", "Pupils", "Late", "Per 100", "Rest");
                for (GroupFigures g : figures.get(i)) {
                    out.printf(Locale.ROOT, "%-20s  %6d  %6d  %8.1f  %8.1f%n", Text.fit(g.group(), 20), g.pupils(),
                            g.latePupils(), g.perHundred(), g.restPerHundred());
                }
            }
            if (p != null) {
                p.flush(); // the CSV's buffer
            }
            out.flush();
            return scope.exitCode();
        }
    }
}
