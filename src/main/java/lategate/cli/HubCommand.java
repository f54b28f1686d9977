package lategate.cli;

import picocli.CommandLine.Command;

/**
 * {@code lategate hub ...}: the trust's PostgreSQL hub, for the trust's IT person. The hub's classes
 * (the PostgreSQL driver, Flyway) load only when one of these runs, so the kiosk starts as fast.
 */
@Command(name = "hub", mixinStandardHelpOptions = true,
        description = {"The trust's PostgreSQL hub, where every school's kiosks send their daily summaries: make its "
                + "schema, give each school a role that can write only that school's rows, give the trust's reports "
                + "a role that reads them all, load a folder written by 'sync --to FOLDER', and list each school's register chain heads and any history rewritten.",
                "The password of the --hub role comes from --hub-password-file FILE, else the environment variable "
                        + "LATEGATE_HUB_PASSWORD; never from the address or the command line."},
        subcommands = {HubInitCommand.class, HubAddSchoolCommand.class, HubAddReaderCommand.class,
                HubImportCommand.class, HubChainsCommand.class},
        footer = {"", "Example:", "  lategate hub init --hub postgresql://lategate_admin@hub.example:5432/attendance \\",
                "      --hub-password-file /root/hub-admin-password"})
final class HubCommand {
}
