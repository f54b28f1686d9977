package lategate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import lategate.StoreFixture;
import lategate.app.staff.StaffEvent;
import lategate.app.staff.StaffEventKind;
import lategate.app.staff.StaffSignIn;
import lategate.domain.staff.LockoutRule;
import lategate.store.Database;
import lategate.store.SqliteStaff;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import lategate.wiring.PinReader;

/**
 * lategate staff add|list|disable|reset-pin on a real database file. PINs come from a
 * {@link PinReader} given one PIN a line, as standard input gives them to the jar.
 */
class StaffCommandTest {

    private static final Clock NOW = CommandLineRun.MONDAY_MORNING; // 09:30 in London

    @TempDir
    Path dir;

    private Path db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("demo.db");
        StoreFixture.databaseWith(db, "demo", List.of()).close();
    }

    /** lategate staff ARGS with the school and database, PINs one a line from {@code pins}. */
    private CommandLineRun staff(String pins, String subcommand, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(NOW);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        StaffCommand staff = cli.getSubcommands().get("staff").getCommand();
        staff.pins = PinReader.lines(new StringReader(pins));
        List<String> all = new ArrayList<>(List.of("staff", subcommand, "--school", "config/schools/demo.toml",
                "--db", db.toString()));
        all.addAll(List.of(args));
        int exit = cli.execute(all.toArray(String[]::new));
        return new CommandLineRun(exit, out.toString(), err.toString());
    }

    private CommandLineRun addHead() {
        CommandLineRun run = staff("2468\n", "add", "--username", "head", "--name", "Sam Head", "--position",
                "Headteacher", "--role", "administrator");
        assertEquals(0, run.exit(), run.err());
        return run;
    }

    private CommandLineRun addJo(String adminPin) {
        return staff(adminPin + "\n1357\n", "add", "--as", "head", "--username", "jbloggs", "--name", "Jo Bloggs",
                "--position", "Office Manager", "--role", "receptionist");
    }

    private List<StaffEvent> events() {
        try (Database database = Database.open(db)) {
            return new SqliteStaff(database).events();
        }
    }

    @Test
    @DisplayName("the first account needs no --as, must be an administrator, and is added by itself")
    void firstAccount() {
        CommandLineRun receptionist = staff("1357\n", "add", "--username", "jbloggs", "--name", "Jo Bloggs",
                "--position", "Office Manager", "--role", "receptionist");
        assertEquals(1, receptionist.exit());
        assertTrue(receptionist.err().contains("the first account must be an administrator, not a receptionist"),
                receptionist.err());
        assertTrue(events().isEmpty());

        CommandLineRun head = addHead();
        assertEquals("Added head: Sam Head, Headteacher, administrator.\n", head.out());
        assertEquals(List.of(StaffEventKind.ADDED), events().stream().map(StaffEvent::what).toList());
        assertEquals("head", events().get(0).by());
    }

    @Test
    @DisplayName("after the first account, add needs --as: without it, a usage error (exit 2)")
    void addNeedsAs() {
        addHead();
        CommandLineRun run = staff("1357\n", "add", "--username", "jbloggs", "--name", "Jo Bloggs", "--position",
                "Office Manager", "--role", "receptionist");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Missing required option: '--as=USERNAME'"), run.err());
    }

    @Test
    @DisplayName("an administrator adds staff with --as and their PIN; the log says who added them")
    void administratorAdds() {
        addHead();
        CommandLineRun run = addJo("2468");
        assertEquals(0, run.exit(), run.err());
        StaffEvent added = events().stream().filter(e -> e.username().equals("jbloggs")).findFirst().get();
        assertEquals(StaffEventKind.ADDED, added.what());
        assertEquals("head", added.by());
    }

    @Test
    @DisplayName("a wrong PIN and an unknown --as read the same: exit 1, nothing added, both logged")
    void wrongPinOrUnknown() {
        addHead();
        CommandLineRun wrong = addJo("0000");
        assertEquals(1, wrong.exit());
        assertEquals("lategate: --as head: username or PIN not recognised (a wrong PIN counts towards locking "
                + "the account)\n", wrong.err());
        CommandLineRun unknown = staff("2468\n1357\n", "add", "--as", "nobody", "--username", "jbloggs", "--name",
                "Jo Bloggs", "--position", "Office Manager", "--role", "receptionist");
        assertEquals(1, unknown.exit());
        assertEquals(wrong.err().replace("head", "nobody"), unknown.err());
        List<StaffEventKind> kinds = events().stream().map(StaffEvent::what).toList();
        assertEquals(List.of(StaffEventKind.ADDED, StaffEventKind.SIGN_IN_WRONG_PIN,
                StaffEventKind.SIGN_IN_UNKNOWN_USER), kinds);
    }

    @Test
    @DisplayName("five wrong PINs lock the administrator's account until 15 minutes later, in school time")
    void lockedAccount() {
        addHead();
        for (int i = 0; i < 4; i++) {
            assertEquals(1, addJo("0000").exit());
        }
        CommandLineRun fifth = addJo("0000");
        assertEquals(1, fifth.exit());
        assertTrue(fifth.err().contains("--as head: too many wrong PINs: the account is locked until 09:45"),
                fifth.err());
        CommandLineRun right = addJo("2468");
        assertEquals(1, right.exit());
        assertTrue(right.err().contains("locked until 09:45"), right.err());
        CommandLineRun list = staff("", "list");
        assertTrue(list.out().contains("2026-11-23 09:45"), list.out());
    }

    @Test
    @DisplayName("a receptionist cannot add staff, even with their right PIN")
    void receptionistCannotAdd() {
        addHead();
        assertEquals(0, addJo("2468").exit());
        CommandLineRun run = staff("1357\n1111\n", "add", "--as", "jbloggs", "--username", "newbie", "--name",
                "New Bie", "--position", "Cover", "--role", "receptionist");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("Jo Bloggs is a receptionist: only an administrator may manage staff accounts"),
                run.err());
    }

    @Test
    @DisplayName("an unknown role, a taken username and a PIN that is not 4-12 digits are bad input, named")
    void badInput() {
        addHead();
        CommandLineRun role = staff("2468\n1357\n", "add", "--as", "head", "--username", "jbloggs", "--name",
                "Jo Bloggs", "--position", "Office Manager", "--role", "headteacher");
        assertEquals(1, role.exit());
        assertTrue(role.err().contains("--role 'headteacher' is not a role: use receptionist, attendance-lead or "
                + "administrator"), role.err());
        assertEquals(0, addJo("2468").exit());
        CommandLineRun taken = addJo("2468");
        assertEquals(1, taken.exit());
        assertTrue(taken.err().contains("the username 'jbloggs' is taken"), taken.err());
        CommandLineRun shortPin = staff("2468\n12\n", "add", "--as", "head", "--username", "alead", "--name",
                "Al Lead", "--position", "Attendance Lead", "--role", "attendance-lead");
        assertEquals(1, shortPin.exit());
        assertTrue(shortPin.err().contains("a PIN is 4 to 12 digits"), shortPin.err());
        CommandLineRun noPin = staff("", "add", "--as", "head", "--username", "alead", "--name", "Al Lead",
                "--position", "Attendance Lead", "--role", "attendance-lead");
        assertEquals(1, noPin.exit());
        assertTrue(noPin.err().contains("no PIN was given for --as head"), noPin.err());
        CommandLineRun badName = staff("2468\n1357\n", "add", "--as", "head", "--username", "Jo Bloggs", "--name",
                "Jo Bloggs", "--position", "Office Manager", "--role", "receptionist");
        assertEquals(1, badName.exit());
        assertTrue(badName.err().contains("--username 'Jo Bloggs' is not a username"), badName.err());
    }

    @Test
    @DisplayName("disable: the account can no longer sign in; the last administrator cannot disable themselves")
    void disable() {
        addHead();
        assertEquals(0, addJo("2468").exit());
        CommandLineRun self = staff("2468\n", "disable", "--as", "head", "--username", "head");
        assertEquals(1, self.exit());
        assertTrue(self.err().contains("'head' is the last administrator"), self.err());
        CommandLineRun run = staff("2468\n", "disable", "--as", "head", "--username", "jbloggs");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Disabled jbloggs (Jo Bloggs, Office Manager)"), run.out());
        CommandLineRun asDisabled = staff("1357\n", "disable", "--as", "jbloggs", "--username", "head");
        assertEquals(1, asDisabled.exit());
        assertTrue(asDisabled.err().contains("--as jbloggs: the account is disabled"), asDisabled.err());
        StaffEvent disabled = events().stream().filter(e -> e.what() == StaffEventKind.DISABLED).findFirst().get();
        assertEquals("jbloggs", disabled.username());
        assertEquals("head", disabled.by());
        assertEquals(2, staff("", "disable", "--username", "jbloggs").exit(), "no --as");
    }

    @Test
    @DisplayName("wrong PINs for the administrator at a kiosk's sign-in leave the account open on the command line")
    void kioskLockLeavesTheCommandLineOpen() {
        addHead();
        try (Database database = Database.open(db)) {
            StaffSignIn kiosk = new StaffSignIn(new SqliteStaff(database), LockoutRule.DEFAULT);
            for (int i = 0; i < 5; i++) {
                kiosk.signInAtKiosk("late-gate", "head", "0000".toCharArray(), NOW.instant());
            }
            assertTrue(kiosk.kioskLock("late-gate", NOW.instant()).isPresent(), "the kiosk's sign-in is locked");
        }
        CommandLineRun added = addJo("2468");
        assertEquals(0, added.exit(), added.err());
        assertTrue(staff("", "list").out().lines().filter(l -> l.startsWith("head")).allMatch(l -> l.endsWith("-")),
                "the administrator's account is not locked");
    }

    @Test
    @DisplayName("reset-pin sets a new PIN that then signs in, and ends a lock")
    void resetPin() {
        addHead();
        assertEquals(0, addJo("2468").exit());
        CommandLineRun run = staff("2468\n8642\n", "reset-pin", "--as", "head", "--username", "jbloggs");
        assertEquals(0, run.exit(), run.err());
        CommandLineRun oldPin = staff("1357\n", "disable", "--as", "jbloggs", "--username", "head");
        assertTrue(oldPin.err().contains("not recognised"), oldPin.err());
        CommandLineRun newPin = staff("8642\n", "disable", "--as", "jbloggs", "--username", "head");
        assertTrue(newPin.err().contains("only an administrator may manage staff accounts"), newPin.err());
        StaffEvent reset = events().stream().filter(e -> e.what() == StaffEventKind.PIN_RESET).findFirst().get();
        assertEquals("head", reset.by());
        CommandLineRun nobody = staff("2468\n8642\n", "reset-pin", "--as", "head", "--username", "nobody");
        assertEquals(1, nobody.exit());
        assertTrue(nobody.err().contains("there is no staff account 'nobody'"), nobody.err());
    }

    @Test
    @DisplayName("list shows username, name, position, role, disabled and locked-until for every account")
    void list() {
        assertTrue(staff("", "list").out().contains("No staff accounts yet"));
        addHead();
        assertEquals(0, addJo("2468").exit());
        staff("2468\n", "disable", "--as", "head", "--username", "jbloggs");
        CommandLineRun run = staff("", "list");
        assertEquals(0, run.exit(), run.err());
        assertEquals(List.of(
                "username  name       position        role           disabled  locked until",
                "head      Sam Head   Headteacher     administrator  no        -",
                "jbloggs   Jo Bloggs  Office Manager  receptionist   yes       -"), run.out().lines().toList());
    }

    @Test
    @DisplayName("no PIN appears in any output or in the log")
    void noPinShown() {
        CommandLineRun head = addHead();
        CommandLineRun jo = addJo("2468");
        for (String text : List.of(head.out(), head.err(), jo.out(), jo.err(), events().toString())) {
            assertFalse(text.contains("2468") || text.contains("1357"), text);
        }
    }

    @Test
    @DisplayName("the staff examples in --help fit a 78-column terminal")
    void helpFits() {
        for (String sub : List.of("add", "list", "disable", "reset-pin")) {
            CommandLineRun help = CommandLineRun.lategate("staff", sub, "--help");
            assertEquals(0, help.exit());
            String examples = help.out().substring(help.out().indexOf("Example"));
            examples.lines().forEach(l -> assertTrue(l.length() < 78, sub + ": " + l));
        }
    }
}
