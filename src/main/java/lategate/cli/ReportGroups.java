package lategate.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import lategate.app.lateness.GroupFigures;
import lategate.domain.lateness.Block;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "groups", mixinStandardHelpOptions = true,
        description = {"Late marks in a block for each group of pupils against the rest of the school (Oak Meadow "
                + "Appendix 2, \"tracking of vulnerable groups\"): SEND, pupil premium, free school meals, looked "
                + "after, EAL (from the roster's columns), each year group and each class. Per 100 pupils, so "
                + "groups of different sizes compare.",
                "CSV columns: block,group,pupils,late_pupils,late_marks,per_100,rest_pupils,rest_late_pupils,"
                        + "rest_late_marks,rest_per_100"},
        footer = {"", "Example:", "  lategate report groups --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 3"})
final class ReportGroups implements Callable<Integer> {

    static final List<String> COLUMNS = List.of("block", "group", "pupils", "late_pupils", "late_marks", "per_100",
            "rest_pupils", "rest_late_pupils", "rest_late_marks", "rest_per_100");

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Mixin
    BlockOption block;

    @Option(names = "--csv", description = "Print CSV with a header line.")
    boolean csv;

    @Override
    public Integer call() throws Exception {
        try (ReviewSession session = ReviewSession.open(spec, school)) {
            Block chosen = block.orToday(session);
            List<GroupFigures> groups = session.review.groups(chosen, session.today);
            PrintWriter out = spec.commandLine().getOut();
            if (csv) {
                CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                        .setHeader(COLUMNS.toArray(String[]::new)).get());
                for (GroupFigures g : groups) {
                    p.printRecord(chosen.number(), g.group(), g.pupils(), g.latePupils(), g.lateMarks(),
                            String.format(Locale.ROOT, "%.1f", g.perHundred()), g.restPupils(), g.restLatePupils(),
                            g.restLateMarks(), String.format(Locale.ROOT, "%.1f", g.restPerHundred()));
                }
                p.flush();
                return 0;
            }
            out.println("Block " + chosen.number() + ": late marks per 100 pupils, each group against the rest");
            out.printf("%-20s  %6s  %6s  %8s  %8s%n", "Group", "Pupils", "Late", "Per 100", "Rest");
            for (GroupFigures g : groups) {
                out.printf(Locale.ROOT, "%-20s  %6d  %6d  %8.1f  %8.1f%n", Text.fit(g.group(), 20), g.pupils(),
                        g.latePupils(), g.perHundred(), g.restPerHundred());
            }
        }
        return 0;
    }
}
