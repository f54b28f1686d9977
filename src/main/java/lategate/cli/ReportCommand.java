package lategate.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports for the attendance lead: 4-weekly blocks, thresholds, one pupil, groups, and the "
                + "printable pack.",
        footer = {"", "Example:", "  lategate report blocks --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 3 --csv"})
final class ReportCommand {

    /** The reports, in the order 'lategate report --help' lists them. */
    static final List<String> NAMES = List.of("blocks", "thresholds", "pupil", "groups", "pack");

    /**
     * 'report' with only the report a run of {@code args} names ('lategate report blocks ...'), or every
     * report when it names none (help, a mistyped name): picocli reads each report's options by
     * reflection before parsing, the largest part of a report's start-up after the JVM's own.
     */
    static CommandLine commandLine(String... args) {
        List<String> needed = args.length >= 2 && args[0].equals("report") && NAMES.contains(args[1])
                ? List.of(args[1]) : NAMES;
        CommandLine report = new CommandLine(new ReportCommand());
        for (String name : needed) {
            report.addSubcommand(name, switch (name) {
                case "blocks" -> ReportBlocks.class;
                case "thresholds" -> ReportThresholds.class;
                case "pupil" -> ReportPupil.class;
                case "groups" -> ReportGroups.class;
                case "pack" -> ReportPack.class;
                default -> throw new IllegalArgumentException("no report " + name);
            });
        }
        return report;
    }
}
