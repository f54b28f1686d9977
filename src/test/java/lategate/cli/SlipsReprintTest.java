package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.slips.EscPosDecoder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code slips list} and {@code slips reprint}: a day's late slips made again from the register as it stands
 * (docs/receptionist.md, "Late slips"), for slips the printer missed after the kiosk has forgotten which. The
 * marks L and U: School Attendance (Pupil Registration) (England) Regulations 2024, the national codes.
 */
class SlipsReprintTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T11:00:00Z"), ZoneId.of("Europe/London"));
    private static final String DAY = "2026-11-23";

    @TempDir
    Path dir;
    private Path school;
    private String db;
    private Path printer;

    /** DEMO0002 late at 09:06 (L), DEMO0003 at 09:12 (U), DEMO0001 on time. */
    @BeforeEach
    void aMorning() throws Exception {
        CommandLineRun demo = lategate(MONDAY, "demo", "--data", dir.resolve("demo").toString(), "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        school = dir.resolve("demo/demo.toml");
        db = dir.resolve("demo/demo.db").toString();
        for (String[] scan : List.of(new String[] {"DEMO0002", "09:06:00"}, new String[] {"DEMO0003", "09:12:00"},
                new String[] {"DEMO0001", "08:40:00"})) {
            CommandLineRun run = run("sign-in", "--badge", printed(scan[0]), "--at", DAY + "T" + scan[1]);
            assertEquals(0, run.exit(), run.err());
        }
        printer = Files.createFile(dir.resolve("lp0")); // stands in for /dev/usb/lp0, which is never created
    }

    private CommandLineRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", school.toString(), "--db", db));
        return lategate(MONDAY, all.toArray(String[]::new));
    }

    @Test
    @DisplayName("list: one slip per entry standing as L or U, oldest first; none for the pupil on time")
    void list() {
        CommandLineRun run = run("slips", "list", "--date", DAY);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run.out());
        assertTrue(lines.get(0).startsWith("09:06  ") && lines.get(0).contains("  L  21 min  not given"), run.out());
        assertTrue(lines.get(1).startsWith("09:12  ") && lines.get(1).contains("  U  27 min  "), run.out());
        assertEquals("2 late slips.", lines.get(2));
    }

    @Test
    @DisplayName("reprint: the slips go to the [slips] printer as ESC/POS; --pupil prints only theirs; no [slips] is refused")
    void reprint() throws Exception {
        CommandLineRun none = run("slips", "reprint", "--date", DAY);
        assertEquals(1, none.exit());
        assertTrue(none.err().contains("no [slips] table"), none.err());

        Files.writeString(school, Files.readString(school) + "\n[slips]\nprinter = \"" + printer + "\"\n");
        CommandLineRun all = run("slips", "reprint", "--date", DAY);
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().endsWith("2 late slips printed on " + printer + ".\n"), all.out());
        EscPosDecoder.Slip both = EscPosDecoder.decode(Files.readAllBytes(printer));
        both.lineWith("Minutes late: 21");
        both.lineWith("Minutes late: 27");
        assertEquals(2, both.commands().stream().filter(c -> c.startsWith("GS V")).count(), "each slip is cut");

        String name = run("slips", "list", "--date", DAY).out().lines().findFirst().orElseThrow()
                .replaceAll("^09:06  (.*) \\(.*$", "$1");
        Files.write(printer, new byte[0]);
        CommandLineRun one = run("slips", "reprint", "--date", DAY, "--pupil", name);
        assertEquals(0, one.exit(), one.err());
        EscPosDecoder.Slip only = EscPosDecoder.decode(Files.readAllBytes(printer));
        only.lineWith(name);
        only.lineWith("Mark: L");
        assertEquals(1, only.commands().stream().filter(c -> c.startsWith("GS V")).count());
    }

    @Test
    @DisplayName("reprint with the printer gone: exit 1, saying which slip and why")
    void printerGone() throws Exception {
        Files.writeString(school, Files.readString(school) + "\n[slips]\nprinter = \"" + dir.resolve("lp9") + "\"\n");
        CommandLineRun run = run("slips", "reprint", "--date", DAY);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("was not printed on " + dir.resolve("lp9") + ": " + dir.resolve("lp9")
                + " is not there (is the printer on and plugged in?); 0 of 2 printed before it"), run.err());
    }
}
