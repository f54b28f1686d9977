package lategate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Makes the hub's schema (schema 'hub' in the database), or brings it up to date, and the group "
                + "roles lategate_school and lategate_reader. Run it as the hub's admin role: the owner of the "
                + "database, with CREATEROLE. Running it again changes nothing.",
                "Exit 0 when the schema is up to date; 1 when the hub refused (the message says why)."},
        footer = {"", "Example:", "  lategate hub init --hub postgresql://lategate_admin@hub.example:5432/attendance \\",
                "      --hub-password-file /root/hub-admin-password"})
final class HubInitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HubOptions hub;

    @Override
    public Integer call() {
        HubSchema.Migrated migrated = HubSchema.migrate(hub.hub, HubPassword.from(hub.passwordFile()));
        PrintWriter out = spec.commandLine().getOut();
        migrated.reworded().forEach(out::println);
        if (migrated.applied() == 0) {
            out.println("The hub's schema is up to date (version " + migrated.to() + "): nothing to do.");
        } else {
            out.println("The hub's schema is at version " + migrated.to() + " (" + migrated.applied()
                    + (migrated.applied() == 1 ? " step" : " steps") + " applied"
                    + migrated.from().map(f -> ", from version " + f).orElse("") + ").");
            out.println("Next: give each school a role with 'lategate hub add-school'.");
        }
        return 0;
    }
}
