package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lategate.HubServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import lategate.demo.GeneratedYear;

/**
 * The attendance lead's reports on the trust's hub (issue 7, point 4), against a real PostgreSQL:
 * two schools' generated years (bench reports' generator: persistent latecomers, repeats, U
 * amended to M) synced as their kiosks sync, then the same reports run on each kiosk's database
 * and on the hub must give the same rows; --all gives one trust-wide report with each row's
 * school; a reader reads every school, a school's role its own only.
 */
class HubReportsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Clock EVENING = HubFixture.at("2026-11-24T17:00:00Z");

    @TempDir
    static Path dir;
    private static HubFixture hub;
    private static School elm;
    private static School oak;
    private static Path readerPassword;

    /** A generated school synced to the hub by its own role, and what it takes to run reports on it. */
    record School(String id, GeneratedYear.Generated year, Path rolePassword) {
        List<String> kiosk(String... report) {
            List<String> args = new ArrayList<>(List.of("report"));
            args.addAll(List.of(report));
            args.addAll(List.of("--school", year.settings().toString(), "--db", year.database().toString()));
            return args;
        }
    }

    @BeforeAll
    static void trust() throws Exception {
        hub = new HubFixture(dir.resolve("hub"));
        elm = school("elm", "Elm Street Academy", 11);
        oak = school("oak", "Oak Lane School", 12);
        readerPassword = HubServer.passwordFile(dir, "lead_reports", "lead-reports-password-for-tests");
        CommandLineRun add = lategate("hub", "add-reader", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--role", "lead_reports", "--password-file", readerPassword.toString());
        assertEquals(0, add.exit(), add.err());
    }

    private static School school(String id, String name, long seed) throws IOException, Exception {
        Path password = hub.addSchool(id, "kiosk_" + id);
        GeneratedYear.Generated year = GeneratedYear.generate(dir.resolve(id), 40, seed, TODAY, id, name);
        Files.writeString(year.settings(), "\n[sync]\npassword_file = \"" + password.toAbsolutePath() + "\"\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        CommandLineRun sync = lategate(EVENING, "sync", "--school", year.settings().toString(), "--db",
                year.database().toString(), "--to", hub.address("kiosk_" + id), "--kiosk-id", "gate");
        assertEquals(0, sync.exit(), sync.err());
        return new School(id, year, password);
    }

    /**
     * Runs through picocli and, for blocks and thresholds, without it too (PlainReport), which must say the
     * same: every such run but a usage error is taken without picocli, and a usage error never is.
     */
    private static CommandLineRun run(List<String> args) {
        CommandLineRun picocli = lategate(EVENING, args.toArray(String[]::new));
        java.util.Optional<CommandLineRun> plain = CommandLineRun.plainly(EVENING, dir, args.toArray(String[]::new));
        if (List.of("blocks", "thresholds").contains(args.get(1))) {
            assertEquals(picocli.exit() != 2, plain.isPresent(), "taken without picocli: " + String.join(" ", args));
        }
        plain.ifPresent(p -> assertEquals(picocli, p, String.join(" ", args)));
        return picocli;
    }

    /** A report on the hub as the trust's reader: {@code report REPORT… --hub … SCOPE…}. */
    private static CommandLineRun onHub(List<String> report, String... scope) {
        List<String> args = new ArrayList<>(List.of("report"));
        args.addAll(report);
        args.addAll(List.of("--hub", hub.address("lead_reports"), "--hub-password-file", readerPassword.toString()));
        args.addAll(List.of(scope));
        return run(args);
    }

    private static List<String> blocks(School s) {
        return List.of("blocks", "--block", Integer.toString(s.year().block()), "--csv");
    }

    private static List<String> thresholds(School s) {
        return List.of("thresholds", "--on", s.year().thresholdsOn().toString(), "--csv");
    }

    private static String ok(CommandLineRun run) {
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    /** Each row of a groups CSV as block, group, late_pupils and late_marks. */
    private static List<String> lateByGroup(String csv) {
        return withoutHeader(csv).stream().map(line -> {
            String[] cells = line.split(",");
            return cells[0] + "," + cells[1] + "," + cells[3] + "," + cells[4];
        }).toList();
    }

    private static List<String> withoutHeader(String csv) {
        List<String> lines = csv.lines().toList();
        return lines.subList(1, lines.size());
    }

    @Test
    @DisplayName("for a school with one kiosk, the hub gives the same CSV rows as the kiosk's database: blocks, "
            + "thresholds, a persistent latecomer's page, and each group's late pupils and late marks")
    void hubEqualsKiosk() {
        for (School s : List.of(elm, oak)) {
            String kioskBlocks = ok(run(s.kiosk(blocks(s).toArray(String[]::new))));
            assertTrue(kioskBlocks.lines().count() > 10, "a block with many late pupils:\n" + kioskBlocks);
            assertEquals(kioskBlocks, ok(onHub(blocks(s), "--school", s.id())));

            String kioskThresholds = ok(run(s.kiosk(thresholds(s).toArray(String[]::new))));
            assertTrue(kioskThresholds.lines().count() > 1, "the persistent latecomers:\n" + kioskThresholds);
            assertEquals(kioskThresholds, ok(onHub(thresholds(s), "--school", s.id())));

            // Every late pupil had an event, so the hub knows them and their groups: each group's late pupils
            // and late marks are the kiosk's (the hub sends the five characteristics as one number, and each
            // must come back as itself). The hub knows only pupils with an event, not the whole roll, so the
            // group sizes and per 100 figures may differ, as the command's help says.
            List<String> groups = List.of("groups", "--block", Integer.toString(s.year().block()), "--csv");
            String kioskGroups = ok(run(s.kiosk(groups.toArray(String[]::new))));
            for (String group : List.of(",SEND,", ",Pupil premium,", ",Free school meals,", ",Looked after,", ",EAL,")) {
                assertTrue(kioskGroups.contains(group), group + " in\n" + kioskGroups);
            }
            assertEquals(lateByGroup(kioskGroups), lateByGroup(ok(onHub(groups, "--school", s.id()))));

            String latecomer = kioskThresholds.lines().skip(1).findFirst().orElseThrow().split(",")[0];
            String page = ok(run(s.kiosk("pupil", latecomer)));
            assertTrue(page.contains("amended") || page.contains("late arrivals this year"), page);
            assertEquals(page, ok(onHub(List.of("pupil", latecomer), "--school", s.id())));
        }
    }

    @Test
    @DisplayName("--all thresholds is one trust-wide report: one header with school_id first, every school's rows "
            + "as its own report has them")
    void trustWideThresholds() {
        // Both schools share the demo school's calendar, so one --on serves the trust.
        assertEquals(elm.year().thresholdsOn(), oak.year().thresholdsOn());
        String all = ok(onHub(thresholds(elm), "--all"));
        List<String> expected = new ArrayList<>();
        expected.add("school_id," + String.join(",", ReportThresholds.COLUMNS));
        for (School s : List.of(elm, oak)) {
            withoutHeader(ok(run(s.kiosk(thresholds(s).toArray(String[]::new))))).forEach(r -> expected.add(s.id()
                    + "," + r));
        }
        assertEquals(expected, all.lines().toList());
        assertTrue(all.contains("\nelm,") && all.contains("\noak,"), all);

        String table = ok(onHub(List.of("thresholds", "--on", elm.year().thresholdsOn().toString()), "--all"));
        assertTrue(table.startsWith("== elm: Elm Street Academy ==\nThresholds on "), table);
        assertTrue(table.contains("\n\n== oak: Oak Lane School ==\nThresholds on "), table);

        String blocks = ok(onHub(blocks(elm), "--all"));
        assertTrue(blocks.startsWith("school_id,block,first_week,"), blocks);
        assertEquals(withoutHeader(ok(run(oak.kiosk(blocks(oak).toArray(String[]::new))))).size(),
                blocks.lines().filter(l -> l.startsWith("oak,")).count());
        String groups = ok(onHub(List.of("groups", "--block", "3", "--csv"), "--all"));
        assertTrue(groups.startsWith("school_id,block,group,pupils,"), groups);
        assertTrue(groups.contains("\nelm,3,SEND,") && groups.contains("\noak,3,SEND,"), groups);
    }

    @Test
    @DisplayName("a school's role reads its own school only: --all is that school, another school is refused")
    void schoolRoleSeesItsOwnSchool() {
        List<String> asOak = new ArrayList<>(List.of("report", "thresholds", "--on",
                oak.year().thresholdsOn().toString(), "--csv", "--hub", hub.address("kiosk_oak"),
                "--hub-password-file", oak.rolePassword().toString()));
        List<String> all = new ArrayList<>(asOak);
        all.add("--all");
        String own = ok(run(all));
        assertTrue(own.lines().skip(1).allMatch(l -> l.startsWith("oak,")), own);
        assertTrue(own.lines().count() > 1, own);

        List<String> other = new ArrayList<>(asOak);
        other.addAll(List.of("--school", "elm"));
        CommandLineRun refused = run(other);
        assertEquals(1, refused.exit());
        assertEquals("", refused.out());
        assertTrue(refused.err().contains("the credential 'kiosk_oak' reads only school 'oak''s rows on the hub "),
                refused.err());
        assertFalse(refused.err().contains("kiosk_oak-password-for-tests"), refused.err());

        CommandLineRun unknown = onHub(List.of("thresholds"), "--school", "ash");
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("has no school 'ash' (no settings file from it): it has elm, oak"),
                unknown.err());
    }

    @Test
    @DisplayName("two kiosks at one school: the hub's blocks report has one mark per pupil and register, the first "
            + "arrival's")
    void twoKiosksMerged() {
        HubFixture own = new HubFixture(dir.resolve("two-kiosks"));
        Path password = own.addSchool("demo", "kiosk_demo");
        HubFixture.Kiosk gate = HubFixture.kiosk(dir.resolve("two-kiosks"), "gate", "demo", password,
                HubFixture.ROSTER);
        HubFixture.Kiosk reception = HubFixture.kiosk(dir.resolve("two-kiosks"), "reception", "demo", password,
                HubFixture.ROSTER);
        gate.scan("DEMO0001", "2026-11-23T08:55:00");       // L, 10 minutes: the first arrival
        reception.scan("DEMO0001", "2026-11-23T08:58:00");  // the same register at the other kiosk
        reception.scan("DEMO0002", "2026-11-23T09:20:00");  // U, at the reception kiosk only
        assertEquals(0, gate.sync(EVENING, own.address("kiosk_demo")).exit());
        assertEquals(0, reception.sync(EVENING, own.address("kiosk_demo")).exit());

        CommandLineRun report = run(List.of("report", "blocks", "--hub", own.address("kiosk_demo"),
                "--hub-password-file", password.toString(), "--school", "demo", "--csv"));
        // pupil_id to minutes_late: the columns between the block's and change, stage
        List<String> rows = withoutHeader(ok(report)).stream()
                .map(r -> String.join(",", List.of(r.split(",", -1)).subList(3, 11))).toList();
        assertEquals(List.of("D1,Amelia,Jones,4,4B,1,0,10", "D2,Oliver,Smith,5,5A,0,1,35"), rows,
                "one L for D1 (10 minutes, the gate's), not two; D2's U from the reception kiosk");
        String receptionAlone = ok(run(List.of("report", "blocks", "--school", reception.settings(), "--db",
                reception.db(), "--csv")));
        assertTrue(receptionAlone.contains("D1,Amelia,Jones,4,4B,1,0,13,"), "the reception kiosk alone has its "
                + "own first arrival for D1:\n" + receptionAlone);
    }

    @Test
    @DisplayName("settings on the hub that do not read are named as hub.school_settings/ID.toml with the line")
    void brokenSettingsOnTheHub() throws Exception {
        HubFixture own = new HubFixture(dir.resolve("broken"));
        try (var c = own.server.admin(own.database); var s = c.createStatement()) {
            s.execute("INSERT INTO hub.school_settings (school_id, sha256, toml) VALUES ('ash', repeat('0', 64), "
                    + "E'[school]\\nid = \"ash\"\\nname = \"Ash\"\\n')");
        }
        CommandLineRun run = run(List.of("report", "thresholds", "--hub", own.adminAddress(),
                "--hub-password-file", own.adminPassword.toString(), "--school", "ash"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("hub.school_settings/ash.toml:"), run.err());
        assertTrue(run.err().contains("the settings file has"), run.err());
        CommandLineRun all = run(List.of("report", "blocks", "--hub", own.adminAddress(),
                "--hub-password-file", own.adminPassword.toString(), "--all", "--csv"));
        assertEquals(1, all.exit(), "a school left out of --all: " + all.err());
        assertTrue(all.err().contains("ash"), all.err());
    }

    @Test
    @DisplayName("options that do not go together are usage errors (exit 2); a wrong password is exit 1 without it")
    void usage() throws Exception {
        assertEquals(2, lategate("report", "thresholds", "--school", "config/schools/demo.toml").exit(),
                "no --db and no --hub");
        assertEquals(2, lategate("report", "thresholds", "--all", "--school", "config/schools/demo.toml", "--db",
                "x.db").exit(), "--all without --hub");
        assertEquals(2, onHub(List.of("thresholds")).exit(), "--hub with neither --school nor --all");
        assertEquals(2, onHub(List.of("thresholds"), "--school", "elm", "--all").exit());
        assertEquals(2, onHub(List.of("thresholds"), "--school", "elm", "--db", "x.db").exit());
        CommandLineRun file = onHub(List.of("thresholds"), "--school", "config/schools/demo.toml");
        assertEquals(2, file.exit());
        assertTrue(file.err().contains("with --hub, --school is the school's id on the hub"), file.err());
        CommandLineRun pupil = onHub(List.of("pupil", "P00001"), "--all");
        assertEquals(2, pupil.exit());
        assertTrue(pupil.err().contains("report pupil is about one pupil of one school"), pupil.err());

        Path wrong = HubServer.passwordFile(dir, "wrong", "Not-the-readers-password");
        CommandLineRun refused = run(List.of("report", "thresholds", "--hub", hub.address("lead_reports"),
                "--hub-password-file", wrong.toString(), "--all"));
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("refused the credential of 'lead_reports'"), refused.err());
        assertFalse(refused.err().contains("Not-the-readers-password"), refused.err());
    }
}
