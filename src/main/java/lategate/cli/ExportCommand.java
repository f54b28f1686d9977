package lategate.cli;

import picocli.CommandLine.Command;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports for the office to take into other systems: the register's marks for the school's "
                + "MIS, and everything held about one pupil for a subject access request.",
        subcommands = {ExportMarks.class, ExportPupil.class},
        footer = {"", "Example:", "  lategate export marks --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --from 2026-11-23 --to 2026-11-27 \\",
                "      --csv > marks.csv"})
final class ExportCommand {
}
