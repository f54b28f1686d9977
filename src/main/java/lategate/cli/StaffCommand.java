package lategate.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import lategate.wiring.SchoolServices;
import lategate.app.staff.StaffAdministration;
import lategate.app.staff.StaffListing;
import lategate.domain.staff.AccessPolicy;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.SqliteStaff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;
import lategate.wiring.PinReader;

@Command(name = "staff", mixinStandardHelpOptions = true,
        description = {"Staff accounts: add, list, disable, and reset a PIN.",
                "Each account has a name, a position (shown in the audit trail) and a role (receptionist, "
                + "attendance-lead, administrator), and a PIN kept only as a slow salted hash. The first "
                + "account is an administrator, added without signing in; after that an administrator adds, "
                + "disables and resets PINs, signing in with --as and their PIN. PINs are read without being "
                + "shown, or one a line from standard input, never from the command line. Every change is "
                + "logged with who made it."},
        subcommands = {StaffCommand.Add.class, StaffCommand.List.class, StaffCommand.Disable.class,
                StaffCommand.ResetPin.class},
        footer = {"", "Examples:",
                "  lategate staff add --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --username head \\",
                "      --name \"Sam Head\" --position Headteacher --role administrator",
                "  lategate staff list --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db"})
final class StaffCommand {

    /** Where PINs come from when a test sets it; otherwise the command line's own reader. */
    PinReader pins;

    PinReader pinReader(CommandSpec spec) {
        return pins != null ? pins : Main.pinsOf(spec);
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Add a staff account and set its PIN (4 to 12 digits, typed twice). With no staff "
                    + "yet, this adds the first account, which must be an administrator, and needs no --as. "
                    + "After that an administrator must add staff: give --as and type your PIN, then the new "
                    + "PIN. From standard input: your PIN on the first line, the new PIN on the next."},
            footer = {"", "Examples:",
                    "  lategate staff add --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --username head \\",
                    "      --name \"Sam Head\" --position Headteacher --role administrator",
                    "  lategate staff add --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --as head --username jbloggs \\",
                    "      --name \"Jo Bloggs\" --position \"Office Manager\" \\",
                    "      --role receptionist"})
    static final class Add implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        StaffCommand parent;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--as", paramLabel = "USERNAME",
                description = "You, an administrator; not needed for the very first account.")
        String as;

        @Option(names = "--username", required = true, paramLabel = "U",
                description = "The new account's username: lowercase, e.g. jbloggs.")
        String username;

        @Option(names = "--name", required = true, paramLabel = "NAME")
        String name;

        @Option(names = "--position", required = true, paramLabel = "TEXT",
                description = "Their job, shown beside their name in the audit trail.")
        String position;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "receptionist, attendance-lead or administrator.")
        String role;

        @Override
        public Integer call() throws Exception {
            Settings settings = settingsOf(school);
            StaffMember member = newMember(username, name, position, role);
            Instant now = Main.clockOf(spec).instant();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                SqliteStaff accounts = services.staffAccounts();
                StaffAdministration admin = new StaffAdministration(accounts, settings.staff().lockoutRule());
                StaffMember added;
                if (admin.noStaffYet()) {
                    if (as != null) {
                        throw new BadInputException("there are no staff accounts yet, so --as " + as
                                + " cannot sign in: leave --as out to add the first administrator");
                    }
                    StaffAdministration.firstAccountProblem(member).ifPresent(problem -> {
                        throw new BadInputException(problem);
                    });
                    char[] pin = newPin(parent.pinReader(spec), member.username());
                    added = refusedIsBadInput(() -> admin.addFirstAdministrator(member, pin, now), pin);
                } else {
                    StaffMember by = signedIn(spec, parent.pinReader(spec), as, services, "add staff");
                    refusedIsBadInput(() -> admin.requireAdministrator(by), new char[0]);
                    char[] pin = newPin(parent.pinReader(spec), member.username());
                    added = refusedIsBadInput(() -> admin.add(by, member, pin, now), pin);
                }
                spec.commandLine().getOut().println("Added " + added.username() + ": " + added.nameAndPosition()
                        + ", " + added.role().words() + ".");
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List staff accounts, disabled ones too, with until when a locked one is locked.",
            footer = {"", "Example:",
                    "  lategate staff list --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db"})
    static final class List implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Override
        public Integer call() throws Exception {
            Settings settings = settingsOf(school);
            ZoneId zone = settings.school().zone();
            PrintWriter out = spec.commandLine().getOut();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                java.util.List<StaffListing> listing = new StaffAdministration(services.staffAccounts(),
                        settings.staff().lockoutRule()).list(Main.clockOf(spec).instant());
                if (listing.isEmpty()) {
                    out.println("No staff accounts yet: add the first administrator with 'lategate staff add'.");
                    return 0;
                }
                java.util.List<String[]> rows = new ArrayList<>();
                rows.add(new String[] {"username", "name", "position", "role", "disabled", "locked until"});
                DateTimeFormatter when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
                for (StaffListing l : listing) {
                    StaffMember m = l.member();
                    rows.add(new String[] {m.username(), m.name(), m.position(), m.role().word(),
                            m.disabled() ? "yes" : "no",
                            l.lockedUntil().map(u -> u.atZone(zone).format(when)).orElse("-")});
                }
                int[] widths = new int[rows.get(0).length];
                for (String[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        widths[i] = Math.max(widths[i], row[i].length());
                    }
                }
                for (String[] row : rows) {
                    StringBuilder line = new StringBuilder();
                    for (int i = 0; i < row.length; i++) {
                        line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
                    }
                    out.println(line.toString().stripTrailing());
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true,
            description = {"Disable a staff account: it can no longer sign in, and keeps its name on everything "
                    + "it did. An administrator does it with --as and their PIN. The last administrator cannot "
                    + "disable themselves."},
            footer = {"", "Example:",
                    "  lategate staff disable --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --as head --username jbloggs"})
    static final class Disable implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        StaffCommand parent;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--as", paramLabel = "USERNAME", description = "You, an administrator.")
        String as;

        @Option(names = "--username", required = true, paramLabel = "U", description = "The account to disable.")
        String username;

        @Override
        public Integer call() throws Exception {
            Settings settings = settingsOf(school);
            Instant now = Main.clockOf(spec).instant();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                SqliteStaff accounts = services.staffAccounts();
                StaffAdministration admin = new StaffAdministration(accounts, settings.staff().lockoutRule());
                StaffMember by = signedIn(spec, parent.pinReader(spec), as, services, "disable staff");
                StaffMember disabled = refusedIsBadInput(() -> admin.disable(by, username, now), new char[0]);
                spec.commandLine().getOut().println("Disabled " + disabled.username() + " ("
                        + disabled.nameAndPosition() + "): the account can no longer sign in; its history is kept.");
            }
            return 0;
        }
    }

    @Command(name = "reset-pin", mixinStandardHelpOptions = true,
            description = {"Set a new PIN on a staff account (4 to 12 digits, typed twice); this also ends a "
                    + "lock after too many wrong PINs. An administrator does it with --as: your PIN first, "
                    + "then the new one (on two lines from standard input)."},
            footer = {"", "Example:",
                    "  lategate staff reset-pin --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --as head --username jbloggs"})
    static final class ResetPin implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @ParentCommand
        StaffCommand parent;

        @Mixin
        SchoolDatabaseOptions school;

        @Option(names = "--as", paramLabel = "USERNAME", description = "You, an administrator.")
        String as;

        @Option(names = "--username", required = true, paramLabel = "U", description = "The account for the new PIN.")
        String username;

        @Override
        public Integer call() throws Exception {
            Settings settings = settingsOf(school);
            Instant now = Main.clockOf(spec).instant();
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                SqliteStaff accounts = services.staffAccounts();
                StaffAdministration admin = new StaffAdministration(accounts, settings.staff().lockoutRule());
                StaffMember by = signedIn(spec, parent.pinReader(spec), as, services, "reset PINs");
                refusedIsBadInput(() -> admin.requireAdministrator(by), new char[0]);
                if (accounts.find(username).isEmpty()) {
                    throw new BadInputException("there is no staff account '" + username + "': see 'lategate staff list'");
                }
                char[] pin = newPin(parent.pinReader(spec), username);
                refusedIsBadInput(() -> {
                    admin.resetPin(by, username, pin, now);
                    return null;
                }, pin);
                spec.commandLine().getOut().println("New PIN set for " + username + "; any lock on the account has ended.");
            }
            return 0;
        }
    }

    private static Settings settingsOf(SchoolDatabaseOptions school) throws InvalidSettingsException {
        return SchoolSettings.read(school.school.file);
    }

    private static StaffMember newMember(String username, String name, String position, String roleWord) {
        Role role = Role.fromWord(roleWord).orElseThrow(() -> new BadInputException("--role '" + roleWord
                + "' is not a role: use " + Role.choices()));
        if (!StaffMember.isUsername(username)) {
            throw new BadInputException("--username '" + username + "' is not a username: "
                    + StaffMember.USERNAME_RULE);
        }
        if (name.isBlank()) {
            throw new BadInputException("--name must give the person's name, for the audit trail");
        }
        if (position.isBlank()) {
            throw new BadInputException("--position must give their job, shown beside their name in the audit trail");
        }
        return new StaffMember(username, name, position, role, false);
    }

    private static StaffMember signedIn(CommandSpec spec, PinReader pins, String as, SchoolServices school,
                                        String toDo) {
        return StaffOption.signedIn(spec, pins, "--as", as, school,
                AccessPolicy.standard().rule(AccessPolicy.Action.MANAGE_STAFF).name() + " may " + toDo);
    }

    private static char[] newPin(PinReader pins, String username) {
        char[] pin = pins.newPin("New PIN for " + username + " (4 to 12 digits): ");
        StaffAdministration.pinProblem(pin).ifPresent(problem -> {
            Arrays.fill(pin, '\0');
            throw new BadInputException(problem + "; nothing was changed");
        });
        return pin;
    }

    /** Runs a staff action (a refusal reaches the user as bad input, like every Refused); clears the PIN. */
    private static <T> T refusedIsBadInput(Supplier<T> action, char[] pin) {
        try {
            return action.get();
        } finally {
            Arrays.fill(pin, '\0');
        }
    }
}
