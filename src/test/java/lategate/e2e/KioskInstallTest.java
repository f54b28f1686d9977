package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** kiosk/install.sh and uninstall.sh from the tarball, into a folder standing for the machine's root. */
class KioskInstallTest {

    @TempDir
    static Path unpacked;

    static Path home;

    @TempDir
    Path root;

    @BeforeAll
    static void unpack() throws Exception {
        home = Distribution.unpack(unpacked);
    }

    private Distribution.Run script(String name, String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = home.resolve("kiosk").resolve(name).toString();
        System.arraycopy(args, 0, command, 1, args.length);
        return Distribution.run(home, Map.of(), command);
    }

    private Distribution.Run install() throws Exception {
        return script("install.sh", "--destdir", root.toString());
    }

    private String mode(String path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(path), LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    @DisplayName("the launcher and both scripts are valid POSIX shell (sh -n)")
    void scriptsParse() throws Exception {
        for (String script : new String[] {"bin/lategate", "kiosk/install.sh", "kiosk/uninstall.sh"}) {
            Distribution.Run check = Distribution.run(home, Map.of(), "sh", "-n", home.resolve(script).toString());
            assertEquals(0, check.exit(), script + ": " + check.both());
        }
    }

    @Test
    @DisplayName("install puts the program, the unit, a private data folder and the settings folder in place, twice over")
    void installsWithTheRightModes() throws Exception {
        Distribution.Run first = install();
        assertEquals(0, first.exit(), first.both());
        Files.writeString(root.resolve("etc/lategate/school.toml"), "# the school's own\n");
        Files.writeString(root.resolve("var/lib/lategate/lategate.db"), "");
        Files.setPosixFilePermissions(root.resolve("var/lib/lategate/lategate.db"),
                PosixFilePermissions.fromString("rw-r--r--"));

        Distribution.Run second = install();
        assertEquals(0, second.exit(), second.both());
        assertEquals("rw-r--r--", mode("opt/lategate/lib/lategate.jar"));
        assertEquals("rwxr-xr-x", mode("opt/lategate/bin/lategate"));
        assertTrue(Files.isRegularFile(root.resolve("opt/lategate/config/schools/demo.toml")));
        assertEquals(Path.of("/opt/lategate/bin/lategate"), Files.readSymbolicLink(root.resolve("usr/local/bin/lategate")));
        assertEquals("rw-r--r--", mode("etc/systemd/system/lategate-kiosk.service"));
        assertEquals(Files.readString(home.resolve("kiosk/lategate-kiosk.service")),
                Files.readString(root.resolve("etc/systemd/system/lategate-kiosk.service")));
        assertEquals("rwx------", mode("var/lib/lategate"));
        assertEquals("rw-------", mode("var/lib/lategate/lategate.db"));
        assertEquals("rwxr-x---", mode("etc/lategate"));
        assertEquals("# the school's own\n", Files.readString(root.resolve("etc/lategate/school.toml")));
        assertFalse(Files.exists(root.resolve("opt/lategate.new")) || Files.exists(root.resolve("opt/lategate.old")));
    }

    @Test
    @DisplayName("install copies the shipped letter templates to /etc/lategate/letters once, and never overwrites them "
            + "(docs/install-kiosk.md: an upgrade keeps the school's own wording)")
    void letterTemplatesCopiedOnceAndKept() throws Exception {
        Distribution.Run first = install();
        assertEquals(0, first.exit(), first.both());
        Path letters = root.resolve("etc/lategate/letters");
        assertEquals(Files.readString(home.resolve("config/letters/stage-1.txt")),
                Files.readString(letters.resolve("stage-1.txt")));
        assertTrue(Files.isRegularFile(letters.resolve("positive.txt")));
        assertEquals("rwxr-x---", mode("etc/lategate/letters"));
        assertEquals("rw-r-----", mode("etc/lategate/letters/stage-1.txt"));

        Files.writeString(letters.resolve("stage-1.txt"), "{{school_name}}\nOur own wording.\n");
        Files.delete(letters.resolve("stage-2.txt"));
        Distribution.Run upgrade = install();
        assertEquals(0, upgrade.exit(), upgrade.both());
        assertEquals("{{school_name}}\nOur own wording.\n", Files.readString(letters.resolve("stage-1.txt")),
                "the school's own template is never overwritten");
        assertFalse(Files.exists(letters.resolve("stage-2.txt")), "the folder is left as the school keeps it");
        assertTrue(upgrade.out().contains("keeping /etc/lategate/letters"), upgrade.out());
        assertTrue(Files.isRegularFile(root.resolve("opt/lategate/config/letters/stage-2.txt")),
                "the shipped ones stay in the program's folder to compare");
    }

    @Test
    @DisplayName("install's next steps name the one badge-key path, /var/lib/lategate/badge.key")
    void nextStepsNameTheBadgeKeyPath() throws Exception {
        Distribution.Run run = install();
        assertEquals(0, run.exit(), run.both());
        assertTrue(run.out().contains("key_file = \"/var/lib/lategate/badge.key\""), run.out());
    }

    @Test
    @DisplayName("--dry-run says what it would do and changes nothing")
    void dryRunChangesNothing() throws Exception {
        Distribution.Run dry = script("install.sh", "--dry-run", "--destdir", root.toString());
        assertEquals(0, dry.exit(), dry.both());
        assertTrue(dry.out().contains("would run: cp -R"), dry.out());
        try (var left = Files.list(root)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    @DisplayName("uninstall removes the service and the program but keeps the register, unless --purge-data")
    void uninstallKeepsTheRegister() throws Exception {
        assertEquals(0, install().exit());
        Files.writeString(root.resolve("var/lib/lategate/lategate.db"), "");

        Distribution.Run keep = script("uninstall.sh", "--destdir", root.toString());
        assertEquals(0, keep.exit(), keep.both());
        assertFalse(Files.exists(root.resolve("etc/systemd/system/lategate-kiosk.service")));
        assertFalse(Files.exists(root.resolve("opt/lategate")));
        assertFalse(Files.exists(root.resolve("usr/local/bin/lategate"), LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.exists(root.resolve("var/lib/lategate/lategate.db")));
        assertTrue(Files.isDirectory(root.resolve("etc/lategate")));

        Distribution.Run purge = script("uninstall.sh", "--purge-data", "--destdir", root.toString());
        assertEquals(0, purge.exit(), purge.both());
        assertFalse(Files.exists(root.resolve("var/lib/lategate")));
        assertFalse(Files.exists(root.resolve("etc/lategate")));
    }

    @Test
    @DisplayName("the installed unit passes systemd-analyze verify")
    void unitPassesSystemdAnalyzeVerify() throws Exception {
        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(analyze), "systemd-analyze is not installed (apt install systemd; .ci/run does)");
        assertEquals(0, install().exit());
        // verify --root needs the system's own units (sysinit.target, getty@.service) under that root.
        Files.createDirectories(root.resolve("usr/lib/systemd"));
        Distribution.Run copy = Distribution.run(root, Map.of(), "cp", "-a", "/usr/lib/systemd/system",
                root.resolve("usr/lib/systemd/").toString());
        assertEquals(0, copy.exit(), copy.both());

        Distribution.Run verify = Distribution.run(root, Map.of(), analyze.toString(), "verify", "--root=" + root,
                "/etc/systemd/system/lategate-kiosk.service");
        assertEquals(0, verify.exit(), verify.both());
        // Unknown keys are warnings with exit 0: the unit must give none at all.
        assertEquals("", verify.both().strip());
    }
}
