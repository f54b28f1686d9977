package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static lategate.cli.HubFixture.TUESDAY_EVENING;
import static lategate.cli.HubFixture.WEDNESDAY_EVENING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.HubServer;
import lategate.app.sync.OutboxEntry;
import lategate.app.sync.SyncTarget;
import lategate.domain.calendar.SchoolCalendar;
import lategate.settings.SchoolSettings;
import lategate.store.Database;
import lategate.store.SqliteOutbox;
import lategate.sync.hub.HubTarget;
import lategate.sync.hub.SyncTargets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import lategate.kiosk.KioskSync;

/**
 * Kiosks sending their daily summaries to a PostgreSQL hub (issue 7), against a real PostgreSQL:
 * each summary arrives once whatever is sent again; a later version supersedes; two kiosks at one
 * school merge into one mark per pupil and register, first arrival winning and every other scan
 * kept as a repeat; a folder imported gives the same rows as a direct sync; a refused credential
 * loses nothing and never shows the password.
 */
class SyncToAHubTest {

    @TempDir
    Path dir;
    private HubFixture hub;
    private Path kioskPassword;

    @BeforeEach
    void hub() {
        hub = new HubFixture(dir);
        kioskPassword = hub.addSchool("demo", "kiosk_demo");
    }

    private HubFixture.Kiosk kiosk(String name) {
        return HubFixture.kiosk(dir, name, "demo", kioskPassword, HubFixture.ROSTER);
    }

    @Test
    @DisplayName("sync twice gives identical hub rows, and every summary sent again changes nothing")
    void syncTwice() throws Exception {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        gate.scan("DEMO0001", "2026-11-23T08:56:00");
        gate.scan("DEMO0002", "2026-11-24T09:25:00");

        CommandLineRun first = gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("Sent 2 summaries to " + hub.address("kiosk_demo") + "."), first.out());
        Map<String, List<String>> after = hub.rows();
        assertEquals(2, after.get("summaries").size());
        assertEquals(List.of("pupil_id=D1, register=AM, code=L, recorded_mark=L, arrived_at=2026-11-23 08:55:00+00, "
                        + "minutes_late=10, repeats=1", "pupil_id=D2, register=AM, code=U, recorded_mark=U, "
                        + "arrived_at=2026-11-24 09:25:00+00, minutes_late=40, repeats=0"),
                hub.query("SELECT pupil_id, register, code, recorded_mark, arrived_at, minutes_late, repeats "
                        + "FROM hub.marks ORDER BY school_date, pupil_id"));
        assertEquals(List.of("at=2026-11-23 08:56:00+00, kiosk_id=gate"),
                hub.query("SELECT at, kiosk_id FROM hub.mark_repeats"));

        CommandLineRun second = gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().contains("Sent 0 summaries"), second.out());
        assertEquals(after, hub.rows());

        // A kiosk killed after the hub took a summary but before it recorded that sends it again.
        try (Database database = Database.open(Path.of(gate.db()));
             SyncTarget target = SyncTargets.open(hub.address("kiosk_demo"), Optional.of(kioskPassword))) {
            for (OutboxEntry entry : new SqliteOutbox(database).all()) {
                assertEquals(HubTarget.Outcome.HELD, ((HubTarget) target).deliver(entry.key(), entry.body(),
                        entry.sha256()));
            }
        }
        assertEquals(after, hub.rows(), "nothing changed, not even when the hub received a row");
    }

    @Test
    @DisplayName("a U amended to M makes version 2, which supersedes version 1 on the hub; both are kept")
    void laterVersionSupersedes() {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0002", "2026-11-24T09:25:00");
        assertEquals(0, gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        amend(gate, "D2", "2026-11-24", "M", WEDNESDAY_EVENING);

        CommandLineRun again = gate.sync(WEDNESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("Made the summary of 2026-11-24, version 2"), again.out());
        assertEquals(List.of("version=1", "version=2"), hub.query("SELECT version FROM hub.summaries ORDER BY 1"));
        assertEquals(List.of("version=2"), hub.query("SELECT version FROM hub.kiosk_days"));
        assertEquals(List.of("code=M, recorded_mark=U, amended_by=Sam Head, amendment_reason=dentist"),
                hub.query("SELECT code, recorded_mark, amended_by, amendment_reason FROM hub.marks"));
        assertEquals(List.of("original_code=U, amended_code=M"),
                hub.query("SELECT original_code, amended_code FROM hub.amendments"));
    }

    private static void amend(HubFixture.Kiosk kiosk, String pupil, String date, String code, Clock clock) {
        CommandLineRun head = withPins("1234\n", clock, "staff", "add", "--school", kiosk.settings(), "--db",
                kiosk.db(), "--username", "head", "--name", "Sam Head", "--position", "Head", "--role",
                "administrator");
        assertEquals(0, head.exit(), head.err());
        CommandLineRun amend = withPins("1234\n", clock, "amend", "pupil", "--school", kiosk.settings(), "--db",
                kiosk.db(), "--staff", "head", "--pupil", pupil, "--date", date, "--register", "AM", "--code", code,
                "--reason", "dentist", "--evidence", "appointment card seen");
        assertEquals(0, amend.exit(), amend.err());
    }

    @Test
    @DisplayName("thirty school days offline go to the hub in one sync, oldest day first")
    void thirtyDaysOffline() throws Exception {
        HubFixture.Kiosk gate = kiosk("gate");
        SchoolCalendar calendar = SchoolSettings.load(Path.of("config/schools/demo.toml")).calendar();
        LocalDate day = LocalDate.of(2026, 11, 25);
        List<LocalDate> schoolDays = new ArrayList<>();
        while (schoolDays.size() < 30) { // across the Christmas holiday and an INSET day
            if (calendar.isSchoolDay(day)) {
                schoolDays.add(day);
            }
            day = day.plusDays(1);
        }
        Clock late = HubFixture.at(schoolDays.get(29) + "T17:00:00Z");
        for (LocalDate d : schoolDays) {
            gate.scan(late, "DEMO0001", d + "T09:00:00");
        }
        CommandLineRun sync = gate.sync(late, hub.address("kiosk_demo"));
        assertEquals(0, sync.exit(), sync.err());
        assertTrue(sync.out().contains("Sent 30 summaries"), sync.out());
        assertEquals(List.of("count=30, first=" + schoolDays.get(0) + ", last=" + schoolDays.get(29)),
                hub.query("SELECT count(*), min(school_date) AS first, max(school_date) AS last FROM hub.marks "
                        + "WHERE pupil_id = 'D1'"));
        List<String> receivedInOrder = hub.query("SELECT school_date FROM hub.summaries ORDER BY received_at, "
                + "school_date");
        assertEquals(receivedInOrder.stream().sorted().toList(), receivedInOrder, "oldest day first");
        try (Database database = Database.open(Path.of(gate.db()))) {
            assertEquals(0, new SqliteOutbox(database).status(hub.address("kiosk_demo")).waiting());
        }
    }

    @Test
    @DisplayName("two kiosks at one school merge on the hub: the first arrival wins, the other scans are repeats, "
            + "and it ends the same whichever kiosk syncs first")
    void twoKiosksMerge() {
        HubFixture.Kiosk gate = kiosk("gate");
        HubFixture.Kiosk reception = kiosk("reception");
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        gate.scan("DEMO0001", "2026-11-23T08:58:00");
        reception.scan("DEMO0001", "2026-11-23T08:50:00"); // first: it wins, from the other database
        gate.scan("DEMO0002", "2026-11-23T09:20:00");      // only at the gate
        reception.scan("DEMO0003", "2026-11-24T09:01:00");

        assertEquals(0, gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        assertEquals(List.of("pupil_id=D1, arrival_kiosk_id=gate, arrived_at=2026-11-23 08:55:00+00"),
                hub.query("SELECT pupil_id, arrival_kiosk_id, arrived_at FROM hub.marks WHERE pupil_id = 'D1'"),
                "before the reception's summary arrives, the gate's arrival is the first the hub knows");
        CommandLineRun second = reception.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(0, second.exit(), second.err());

        assertEquals(List.of(
                        "school_date=2026-11-23, pupil_id=D1, code=L, arrived_at=2026-11-23 08:50:00+00, "
                                + "arrival_kiosk_id=reception, from_kiosk_id=reception, minutes_late=5, repeats=2",
                        "school_date=2026-11-23, pupil_id=D2, code=U, arrived_at=2026-11-23 09:20:00+00, "
                                + "arrival_kiosk_id=gate, from_kiosk_id=gate, minutes_late=35, repeats=0",
                        "school_date=2026-11-24, pupil_id=D3, code=L, arrived_at=2026-11-24 09:01:00+00, "
                                + "arrival_kiosk_id=reception, from_kiosk_id=reception, minutes_late=16, repeats=0"),
                hub.query("SELECT school_date, pupil_id, code, arrived_at, arrival_kiosk_id, from_kiosk_id, "
                        + "minutes_late, repeats FROM hub.marks ORDER BY school_date, pupil_id"));
        assertEquals(List.of("n=1, at=2026-11-23 08:55:00+00, kiosk_id=gate",
                        "n=2, at=2026-11-23 08:58:00+00, kiosk_id=gate"),
                hub.query("SELECT n, at, kiosk_id FROM hub.mark_repeats WHERE pupil_id = 'D1' ORDER BY n"));
        assertEquals(List.of("from_kiosk_id=gate, kiosk_id=gate, scans=3", "from_kiosk_id=reception, "
                + "kiosk_id=reception, scans=1"), hub.query("SELECT from_kiosk_id, kiosk_id, scans FROM "
                + "hub.kiosk_figures WHERE school_date = '2026-11-23' ORDER BY 1"));
        assertEquals(List.of("pupil_id=D1, given_name=Amelia", "pupil_id=D2, given_name=Oliver",
                "pupil_id=D3, given_name=Zoë"), hub.query("SELECT pupil_id, given_name FROM hub.pupils ORDER BY 1"));

        // The same two kiosks syncing the other way round to another hub give the same rows.
        HubFixture other = new HubFixture(dir.resolve("other"));
        other.addSchool("demo", "kiosk_demo");
        assertEquals(0, reception.sync(TUESDAY_EVENING, other.address("kiosk_demo")).exit());
        assertEquals(0, gate.sync(TUESDAY_EVENING, other.address("kiosk_demo")).exit());
        assertEquals(hub.rowsWithoutArrivalTimes(), other.rowsWithoutArrivalTimes());
    }

    @Test
    @DisplayName("an amendment at one kiosk stands on the hub over the first arrival made at the other")
    void amendmentAcrossKiosks() {
        HubFixture.Kiosk gate = kiosk("gate");
        HubFixture.Kiosk reception = kiosk("reception");
        reception.scan("DEMO0002", "2026-11-24T09:20:00"); // the first arrival, U
        gate.scan("DEMO0002", "2026-11-24T09:25:00");
        amend(gate, "D2", "2026-11-24", "M", WEDNESDAY_EVENING);
        assertEquals(0, gate.sync(WEDNESDAY_EVENING, hub.address("kiosk_demo")).exit());
        assertEquals(0, reception.sync(WEDNESDAY_EVENING, hub.address("kiosk_demo")).exit());
        assertEquals(List.of("code=M, recorded_mark=U, arrival_kiosk_id=reception, amended_by=Sam Head, repeats=1"),
                hub.query("SELECT code, recorded_mark, arrival_kiosk_id, amended_by, repeats FROM hub.marks"));
    }

    @Test
    @DisplayName("a folder imported into a hub gives the same rows as a direct sync; importing again changes nothing")
    void folderImportEqualsDirectSync() throws Exception {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        gate.scan("DEMO0001", "2026-11-23T08:56:00");
        gate.scan("DEMO0002", "2026-11-24T09:25:00");
        Path usb = Files.createDirectory(dir.resolve("usb"));
        assertEquals(0, gate.sync(TUESDAY_EVENING, usb.toString()).exit());
        assertEquals(0, gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        amend(gate, "D2", "2026-11-24", "M", WEDNESDAY_EVENING); // version 2 of a day, to both
        assertEquals(0, gate.sync(WEDNESDAY_EVENING, usb.toString()).exit());
        assertEquals(0, gate.sync(WEDNESDAY_EVENING, hub.address("kiosk_demo")).exit());
        assertTrue(Files.exists(usb.resolve("demo_settings.toml.sha256")), "the settings travel with the summaries");

        HubFixture imported = new HubFixture(dir.resolve("imported"));
        imported.addSchool("demo", "kiosk_demo");
        CommandLineRun load = lategate("hub", "import", "--hub", imported.adminAddress(), "--hub-password-file",
                imported.adminPassword.toString(), "--from", usb.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("Loaded 3 summaries from " + usb + " into " + imported.adminAddress()
                + ": 3 new, 0 older than a version already there, 0 already there; the settings of demo."), load.out());
        assertEquals(hub.rowsWithoutArrivalTimes(), imported.rowsWithoutArrivalTimes());

        Map<String, List<String>> once = imported.rows();
        CommandLineRun again = lategate("hub", "import", "--hub", imported.adminAddress(), "--hub-password-file",
                imported.adminPassword.toString(), "--from", usb.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains(": 0 new, 0 older than a version already there, 3 already there"), again.out());
        assertEquals(once, imported.rows());
    }

    @Test
    @DisplayName("import skips a summary without its .sha256 as incomplete and says so; a damaged one is refused")
    void importChecksEveryChecksum() throws Exception {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        gate.scan("DEMO0002", "2026-11-24T09:25:00");
        Path usb = Files.createDirectory(dir.resolve("usb"));
        assertEquals(0, gate.sync(TUESDAY_EVENING, usb.toString()).exit());
        Files.delete(usb.resolve("demo_gate_2026-11-24_v1.json.sha256"));
        Files.writeString(usb.resolve("notes.txt"), "the stick also holds other things\n");

        CommandLineRun load = lategate("hub", "import", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--from", usb.toString());
        assertEquals(0, load.exit(), load.err());
        assertTrue(load.out().contains("Loaded 1 summary"), load.out());
        assertTrue(load.out().contains("Skipped 1 file without a .sha256 (incomplete: still being written, or the "
                + "stick was pulled out; the next import takes them once whole): demo_gate_2026-11-24_v1.json"),
                load.out());
        assertEquals(List.of("school_date=2026-11-23"), hub.query("SELECT school_date FROM hub.summaries"));

        Path monday = usb.resolve("demo_gate_2026-11-23_v1.json");
        Files.writeString(monday, Files.readString(monday).replace("Amelia", "Amelie"));
        CommandLineRun damaged = lategate("hub", "import", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--from", usb.toString());
        assertEquals(1, damaged.exit());
        assertTrue(damaged.err().contains("1 file was not loaded because they do not match their .sha256"),
                damaged.err());
        assertTrue(damaged.err().contains("demo_gate_2026-11-23_v1.json (its content does not match its .sha256)"),
                damaged.err());
    }

    @Test
    @DisplayName("a hub that refuses the credential stops the sync with a message, never the password, and loses "
            + "nothing")
    void refusedCredential() throws Exception {
        Path wrong = HubServer.passwordFile(dir, "wrong", "not-the-kiosk-password-42");
        HubFixture.Kiosk gate = HubFixture.kiosk(dir, "gate", "demo", wrong, HubFixture.ROSTER);
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        gate.scan("DEMO0002", "2026-11-24T09:25:00");

        CommandLineRun refused = gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("the hub " + hub.address("kiosk_demo") + " refused the credential of "
                + "'kiosk_demo' (the password in " + wrong + " is not that role's password"), refused.err());
        assertTrue(refused.err().contains("nothing was sent, the summaries stay in the outbox"), refused.err());
        assertFalse(refused.err().contains("not-the-kiosk-password-42") || refused.out().contains(
                "not-the-kiosk-password-42"), "the password is never shown");
        try (Database database = Database.open(Path.of(gate.db()))) {
            SqliteOutbox outbox = new SqliteOutbox(database);
            assertEquals(2, outbox.all().size());
            assertEquals(2, outbox.status(hub.address("kiosk_demo")).waiting());
        }
        assertEquals(List.of("count=0"), hub.query("SELECT count(*) FROM hub.summaries"));

        Files.writeString(wrong, Files.readString(kioskPassword)); // the IT person puts the right one in
        CommandLineRun later = gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(0, later.exit(), later.err());
        assertTrue(later.out().contains("Sent 2 summaries"), later.out());
    }

    @Test
    @DisplayName("an address holding a password is refused without repeating it")
    void passwordInTheAddress() {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        String withPassword = "postgresql://kiosk_demo:Sup3r-secret@localhost:" + hub.server.port() + "/" + hub.database;
        CommandLineRun run = gate.sync(TUESDAY_EVENING, withPassword);
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("the hub address holds a password after 'kiosk_demo:': take it out of the "
                + "address and keep it in the file named by password_file under [sync]"), run.err());
        assertFalse(run.err().contains("Sup3r-secret") || run.out().contains("Sup3r-secret"), run.err());
    }

    @Test
    @DisplayName("two kiosks sending as one name with different days are refused on the hub, and neither is lost")
    void twoKiosksShareAName() throws Exception {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        assertEquals(0, gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        HubFixture.Kiosk twin = HubFixture.kiosk(Files.createDirectory(dir.resolve("twin")), "gate",
                "demo", kioskPassword, HubFixture.ROSTER);
        twin.scan("DEMO0002", "2026-11-23T09:05:00");
        CommandLineRun clash = twin.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(1, clash.exit());
        assertTrue(clash.err().contains("the hub already holds a different summary for demo / gate / 2026-11-23 "
                + "version 1: do two kiosks share the kiosk name 'gate'?"), clash.err());
        assertTrue(clash.err().contains("1 summary waits in the outbox"), clash.err());
        assertEquals(List.of("pupil_id=D1"), hub.query("SELECT pupil_id FROM hub.marks"));
    }

    @Test
    @DisplayName("the school's settings reach the hub with the exit PIN hash withheld")
    void settingsTravel() {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        assertEquals(0, gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        List<String> toml = hub.query("SELECT school_id, toml FROM hub.school_settings");
        assertEquals(1, toml.size());
        assertTrue(toml.get(0).startsWith("school_id=demo, toml="), toml.get(0));
        assertTrue(toml.get(0).contains("penalty_notice_sessions = 10"), "reports need the thresholds");
        assertTrue(toml.get(0).contains("# exit_pin_hash withheld by lategate sync"), toml.get(0));
        assertFalse(toml.get(0).contains("pbkdf2"), "the PIN hash stays on the kiosk");
        assertNotEquals(List.of(), hub.query("SELECT sha256 FROM hub.school_settings"));
    }

    @Test
    @DisplayName("over TLS with sslmode=verify-full the kiosk checks the hub's certificate: its CA connects, "
            + "another is refused with a message")
    void tlsVerifiesTheHub() {
        Optional<Path[]> authorities = hub.server.certificateAuthorities();
        org.junit.jupiter.api.Assumptions.assumeTrue(authorities.isPresent(), "needs openssl to make certificates");
        Path tlsPassword = hub.addSchool("demo", HubServer.TLS_ONLY); // the server lets this role in over TLS only
        HubFixture.Kiosk gate = HubFixture.kiosk(dir, "gate", "demo", tlsPassword, HubFixture.ROSTER);
        gate.scan("DEMO0001", "2026-11-23T08:55:00");
        String address = hub.address(HubServer.TLS_ONLY);

        CommandLineRun plain = gate.sync(TUESDAY_EVENING, address + "?sslmode=disable");
        assertEquals(1, plain.exit());
        assertTrue(plain.err().contains("does not let 'kiosk_tls' connect from this machine"), plain.err());

        CommandLineRun wrongCa = gate.sync(TUESDAY_EVENING, address + "?sslmode=verify-full&sslrootcert="
                + authorities.get()[1]);
        assertEquals(1, wrongCa.exit());
        assertTrue(wrongCa.err().contains("could not be trusted over TLS"), wrongCa.err());

        CommandLineRun verified = gate.sync(TUESDAY_EVENING, address + "?sslmode=verify-full&sslrootcert="
                + authorities.get()[0]);
        assertEquals(0, verified.exit(), verified.err());
        assertTrue(verified.out().contains("Sent 1 summary to " + address + "?sslmode=verify-full&sslrootcert="),
                verified.out());
        assertEquals(List.of("pupil_id=D1"), hub.query("SELECT pupil_id FROM hub.marks"));
    }

    @Test
    @DisplayName("a kiosk with automatic sync sends the day's summary and the school's settings to the hub by itself")
    void kioskSendsByItself() throws Exception {
        HubFixture.Kiosk gate = kiosk("gate");
        gate.scan("DEMO0001", "2026-11-23T09:20:00");
        Path settingsFile = Path.of(gate.settings());
        Files.writeString(settingsFile, Files.readString(settingsFile) + "target = \"" + hub.address("kiosk_demo")
                + "\"\nsummary_at = \"15:30\"\nautomatic = true\n"); // the [sync] table is the file's last
        lategate.settings.Settings settings = SchoolSettings.read(settingsFile);
        java.time.ZoneId zone = settings.school().zone();
        Clock clock = Clock.fixed(java.time.LocalDateTime.parse("2026-11-23T15:30:00").atZone(zone).toInstant(), zone);
        try (Database database = Database.open(Path.of(gate.db()));
             KioskSync sync = new KioskSync(settings, Optional.of(settingsFile), database, "gate", clock)) {
            sync.tick(clock.instant());
            java.time.Instant giveUp = java.time.Instant.now().plusSeconds(30);
            while (!sync.idle() && java.time.Instant.now().isBefore(giveUp)) {
                Thread.sleep(20);
            }
            assertEquals("Sync: nothing waits to be sent; last sent today 15:30.", sync.overview().words(zone,
                    clock.instant()));
        }
        assertEquals(List.of("pupil_id=D1, code=U"), hub.query("SELECT pupil_id, code FROM hub.marks"));
        assertEquals(List.of("school_id=demo"), hub.query("SELECT school_id FROM hub.school_settings"));
    }
}
