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

@Command(name = "add-school", mixinStandardHelpOptions = true,
        description = {"Makes a login role for one school's kiosks, which row-level security lets read and write only "
                + "that school's rows; run again, it gives the role the new password from the file. A school may "
                + "have several roles (one per kiosk); a role writes for one school only. An existing role that "
                + "lategate did not make for a school is never changed.",
                "The password is the first line of --password-file (12 characters or more) and reaches the hub only "
                        + "as a SCRAM verifier. Copy the file to each of the school's kiosks and name it as "
                        + "password_file under [sync] in the school's settings.",
                "Run as the hub's admin role. Exit 0 when done; 1 when refused (the message says why)."},
        footer = {"", "Example:", "  openssl rand -base64 24 > kiosk_demo.password",
                "  lategate hub add-school --hub postgresql://lategate_admin@hub.example:5432/attendance \\",
                "      --hub-password-file /root/hub-admin-password \\",
                "      --school demo --role kiosk_demo --password-file kiosk_demo.password"})
final class HubAddSchoolCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HubOptions hub;

    @Option(names = "--school", required = true, paramLabel = "ID", description = "The school's id, as under "
            + "[school] id in its settings.")
    String school;

    @Option(names = "--role", required = true, paramLabel = "NAME", description = "The role its kiosks log in as: "
            + "lower-case letters, digits and _, e.g. kiosk_demo.")
    String role;

    @Option(names = "--password-file", required = true, paramLabel = "FILE", description = "A file whose first line "
            + "is the role's password.")
    Path passwordFile;

    @Override
    public Integer call() {
        HubRoles.Added added = HubRoles.addSchool(hub.hub, HubPassword.from(hub.passwordFile()), school, role,
                passwordFile);
        spec.commandLine().getOut().println((added.created() ? "Made the role '" : "Gave the role '") + added.role()
                + (added.created() ? "'" : "' a new password") + ": it writes only school '" + school
                + "''s rows. Its kiosks sync with target = \"postgresql://" + role + "@HOST:PORT/DATABASE\" and "
                + "password_file under [sync].");
        return 0;
    }
}
