package lategate.cli;

import picocli.CommandLine.Command;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Reports for the attendance lead: 4-weekly blocks, thresholds, one pupil, groups, and the "
                + "printable pack.",
        subcommands = {ReportBlocks.class, ReportThresholds.class, ReportPupil.class, ReportGroups.class, ReportPack.class},
        footer = {"", "Example:", "  lategate report blocks --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 3 --csv"})
final class ReportCommand {
}
