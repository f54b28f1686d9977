package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.HubFixture.TUESDAY_EVENING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.SyncFailure;
import lategate.app.sync.SyncTarget;
import lategate.sync.hub.SyncTargets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hub trusts a school's credential to deliver summaries and nothing more: the rows the trust's
 * reports read are rebuilt by the hub's own functions, never written by a school, and which summary
 * describes a pupil is decided by the order the hub received them in, not by a kiosk's clock.
 */
@Tag("attack")
class HubSchoolsDeliverOnlyTest {

    @TempDir
    Path dir;
    private HubFixture hub;
    private Path demoPassword;
    private HubFixture.Kiosk demo;

    @BeforeEach
    void twoSchools() {
        hub = new HubFixture(dir);
        demoPassword = hub.addSchool("demo", "kiosk_demo");
        Path russellPassword = hub.addSchool("russell", "kiosk_russell");
        demo = HubFixture.kiosk(dir, "demo-gate", "demo", demoPassword, HubFixture.ROSTER);
        demo.scan("DEMO0001", "2026-11-23T08:55:00");
        demo.scan("DEMO0002", "2026-11-23T09:40:00"); // a U: what vanished from the threshold report
        HubFixture.Kiosk russell = HubFixture.kiosk(dir, "russell-gate", "russell", russellPassword,
                HubFixture.RUSSELL_ROSTER);
        russell.scan("RUS0001", "2026-11-23T09:12:00");
        assertEquals(0, demo.sync(TUESDAY_EVENING, hub.address("kiosk_demo")).exit());
        assertEquals(0, russell.sync(TUESDAY_EVENING, hub.address("kiosk_russell")).exit());
    }

    private Connection asDemo() throws Exception {
        return hub.server.connect(hub.database, "kiosk_demo", Files.readString(demoPassword).strip());
    }

    private CommandLineRun thresholds() {
        return lategate(TUESDAY_EVENING, "report", "thresholds", "--hub", hub.address("kiosk_demo"),
                "--hub-password-file", demoPassword.toString(), "--school", "demo", "--on", "2026-11-27", "--csv");
    }

    @Test
    @DisplayName("a school's role cannot delete, change or add its derived rows, nor rebuild any school's day: "
            + "every attempt is refused, and the hub's rows and reports are as the summaries made them")
    void derivedRowsAreTheHubsOwn() throws Exception {
        Map<String, List<String>> before = hub.rows();
        CommandLineRun reportBefore = thresholds();
        assertEquals(0, reportBefore.exit(), reportBefore.err());

        String settings = "[school]\nid = \"russell\"\n";
        List<String> attempts = List.of(
                "DELETE FROM hub.marks",
                "DELETE FROM hub.marks WHERE school_id = 'demo' AND code = 'U'",
                "UPDATE hub.marks SET code = '/' WHERE school_id = 'demo'",
                "TRUNCATE hub.marks",
                "INSERT INTO hub.marks (school_id, school_date, pupil_id, register, code, repeats, source, "
                        + "original_code, original_source, made_at) VALUES ('demo', '2026-11-23', 'D3', 'AM', 'L', "
                        + "0, 'arrival', 'L', 'arrival', now())",
                "INSERT INTO hub.mark_repeats (school_id, school_date, pupil_id, register, n, at, kiosk_id, "
                        + "from_kiosk_id) VALUES ('demo', '2026-11-23', 'D1', 'AM', 9, now(), 'x', 'x')",
                "DELETE FROM hub.amendments", "DELETE FROM hub.movements", "DELETE FROM hub.stage_decisions",
                "DELETE FROM hub.kiosk_figures", "DELETE FROM hub.kiosk_days",
                "UPDATE hub.kiosk_days SET version = 1",
                "UPDATE hub.pupils SET given_name = 'X' WHERE school_id = 'demo'",
                "DELETE FROM hub.school_settings WHERE school_id = 'demo'",
                "INSERT INTO hub.summaries (school_id, kiosk_id, school_date, version, sha256, made_at, body) "
                        + "VALUES ('demo', 'forged', '2026-11-23', 1, repeat('0', 64), now(), '{}')",
                "SELECT hub.merge_day('russell', '2026-11-23')",
                "SELECT hub.merge_day('demo', '2026-11-23')",
                "SELECT hub.deliver_settings('russell', '" + settings.replace("\n", "' || chr(10) || '")
                        + "', '" + sha256(settings) + "')");
        try (Connection c = asDemo(); Statement s = c.createStatement()) {
            for (String sql : attempts) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(sql), sql);
                assertEquals("42501", refused.getSQLState(), sql + ": " + refused.getMessage());
            }
        }
        assertEquals(before, hub.rows(), "not one row changed");
        CommandLineRun reportAfter = thresholds();
        assertEquals(reportBefore.out(), reportAfter.out(), "the report is unchanged");

        // Delivering is still what the school's role does.
        demo.scan("DEMO0003", "2026-11-23T09:30:00");
        CommandLineRun sync = demo.sync(TUESDAY_EVENING, hub.address("kiosk_demo"));
        assertEquals(0, sync.exit(), sync.err());
        assertTrue(sync.out().contains("Sent 1 summary"), sync.out());
        assertEquals(List.of("school_id=demo, count=3", "school_id=russell, count=1"),
                hub.query("SELECT school_id, count(*) FROM hub.marks GROUP BY 1 ORDER BY 1"));
    }

    @Test
    @DisplayName("settings the hub's reports cannot read are refused on delivery, and the hub keeps the copy it had")
    void unreadableSettingsAreNotDelivered() throws Exception {
        List<String> before = hub.query("SELECT sha256 FROM hub.school_settings WHERE school_id = 'demo'");
        byte[] broken = "[school]\nid = \"demo\"\nname = \"Demo\"\n".getBytes(StandardCharsets.UTF_8);
        try (SyncTarget target = SyncTargets.open(hub.address("kiosk_demo"), Optional.of(demoPassword))) {
            SyncFailure refused = assertThrows(SyncFailure.class, () -> target.deliverSettings(
                    new SettingsFile("demo", broken, sha256(new String(broken, StandardCharsets.UTF_8)))));
            assertTrue(refused.getMessage().startsWith("the hub's reports could not read them ("),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("hub.school_settings/demo.toml:"), refused.getMessage());
            assertTrue(refused.getMessage().endsWith("so the hub keeps the copy it had"), refused.getMessage());
        }
        assertEquals(before, hub.query("SELECT sha256 FROM hub.school_settings WHERE school_id = 'demo'"));
    }

    @Test
    @DisplayName("one school's unreadable settings on the hub leave that school out of --all, named, and every other "
            + "school is reported as before; the exit code is 1 and there is no stack trace")
    void oneSchoolsSettingsLeaveOnlyItOut() throws Exception {
        List<String> all = List.of("report", "thresholds", "--hub", hub.adminAddress(), "--hub-password-file",
                hub.adminPassword.toString(), "--all", "--on", "2026-11-27", "--csv");
        CommandLineRun whole = lategate(TUESDAY_EVENING, all.toArray(String[]::new));
        assertEquals(0, whole.exit(), whole.err());

        // Settings no lategate would send, put there past hub.deliver_settings (by the hub's owner).
        try (Connection c = hub.server.admin(hub.database); Statement s = c.createStatement()) {
            s.execute("INSERT INTO hub.school_settings (school_id, sha256, toml) VALUES ('ash', repeat('0', 64), "
                    + "E'[school]\\nid = \"ash\"\\nname = \"Ash\"\\n')");
        }
        for (String report : List.of("thresholds", "blocks", "groups")) {
            List<String> args = new java.util.ArrayList<>(all);
            args.set(1, report);
            if (!report.equals("thresholds")) {
                args.removeAll(List.of("--on", "2026-11-27"));
            }
            CommandLineRun run = lategate(TUESDAY_EVENING, args.toArray(String[]::new));
            assertEquals(1, run.exit(), report + ": " + run.err());
            assertTrue(run.err().contains("hub.school_settings/ash.toml:"), run.err());
            assertTrue(run.err().contains("lategate: left out school 'ash': its settings on the hub do not read"),
                    run.err());
            assertFalse(run.err().contains("internal error") || run.err().contains("\tat "), run.err());
            assertTrue(run.out().startsWith("school_id,"), report + ":\n" + run.out());
            assertFalse(run.out().contains("ash"), run.out());
        }
        CommandLineRun thresholds = lategate(TUESDAY_EVENING, all.toArray(String[]::new));
        assertEquals(whole.out(), thresholds.out(), "every other school's rows, as before");
    }

    @Test
    @DisplayName("of two summaries of a pupil's day, the one the hub received last describes them, whatever made_at "
            + "the kiosks' clocks wrote")
    void receiptOrdersPupils() throws Exception {
        assertEquals("stored", deliverAsDemo(summary("office", "2026-11-25T17:00:00Z", "Zoë")));
        assertEquals("stored", deliverAsDemo(summary("laptop", "2026-11-23T18:00:00Z", "Zoe")));
        assertEquals(List.of("given_name=Zoe, as_of_kiosk_id=laptop"), pupilD3(),
                "received later, made earlier by its clock: it still describes the pupil");

        assertEquals("stored", deliverAsDemo(summary("clock-wrong", "2099-01-01T08:00:00Z", "Future")));
        assertEquals(List.of("given_name=Future, as_of_kiosk_id=clock-wrong"), pupilD3());
        assertEquals("stored", deliverAsDemo(summary("reception", "2026-11-25T18:00:00Z", "Zoë")));
        assertEquals(List.of("given_name=Zoë, as_of_kiosk_id=reception"), pupilD3(),
                "a made_at in 2099 does not hold against a summary received after it");
    }

    private List<String> pupilD3() {
        return hub.query("SELECT given_name, as_of_kiosk_id FROM hub.pupils WHERE pupil_id = 'D3'");
    }

    /** A version-1 summary of 2026-11-23 from a kiosk, made (by its clock) at {@code madeAt}, naming D3. */
    private static String summary(String kiosk, String madeAt, String givenName) throws IOException {
        try (InputStream in = HubSchoolsDeliverOnlyTest.class.getResourceAsStream(
                "/lategate/hub/version-1/demo_office_2026-11-23_v1.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("\"kiosk_id\" : \"office\"", "\"kiosk_id\" : \"" + kiosk + "\"")
                    .replace("\"made_at\" : \"2026-11-25T17:00:00Z\"", "\"made_at\" : \"" + madeAt + "\"")
                    .replace("\"given_name\" : \"Zoë\"", "\"given_name\" : \"" + givenName + "\"");
        }
    }

    /** As a kiosk's sync delivers: the school's own role, the text with its SHA-256. */
    private String deliverAsDemo(String text) throws Exception {
        try (Connection c = asDemo(); PreparedStatement s = c.prepareStatement("SELECT hub.deliver(?, ?)")) {
            s.setString(1, text);
            s.setString(2, sha256(text));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
