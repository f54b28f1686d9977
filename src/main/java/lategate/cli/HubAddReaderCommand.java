package lategate.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubRoles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "add-reader", mixinStandardHelpOptions = true,
        description = {"Makes a login role that reads every school's rows and writes none, for the trust's reports; "
                + "run again, it gives the role the new password from the file (12 characters or more, sent only as "
                + "a SCRAM verifier). An existing role that lategate did not make as a reader is never changed.",
                "Run as the hub's admin role. Exit 0 when done; 1 when refused (the message says why)."},
        footer = {"", "Example:", "  lategate hub add-reader --hub postgresql://lategate_admin@hub.example:5432/attendance \\",
                "      --hub-password-file /root/hub-admin-password \\",
                "      --role trust_reports --password-file trust_reports.password"})
final class HubAddReaderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HubOptions hub;

    @Option(names = "--role", required = true, paramLabel = "NAME", description = "The role reports log in as: "
            + "lower-case letters, digits and _, e.g. trust_reports.")
    String role;

    @Option(names = "--password-file", required = true, paramLabel = "FILE", description = "A file whose first line "
            + "is the role's password.")
    Path passwordFile;

    @Override
    public Integer call() {
        HubRoles.Added added = HubRoles.addReader(hub.hub, HubPassword.from(hub.passwordFile()), role, passwordFile);
        spec.commandLine().getOut().println((added.created() ? "Made the role '" : "Gave the role '") + added.role()
                + (added.created() ? "'" : "' a new password") + ": it reads every school's rows on the hub and "
                + "writes none.");
        return 0;
    }
}
