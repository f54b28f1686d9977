package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HexFormat;
import java.util.List;
import lategate.HubServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hub made before summaries carried resolved entries keeps its rows when `hub init` brings it to
 * version 2, and version-1 summaries (which kiosks not yet upgraded still send) merge on it as they
 * did: the latest amendment at any kiosk, else the first arrival's code, with the first arrival's
 * minutes. The gate and reception summaries are as lategate made them before format_version 2; the
 * office's, an amendment of a register no kiosk scanned, is made by hand.
 */
class HubVersionOneSummariesTest {

    private static final List<String> SUMMARIES = List.of("demo_gate_2026-11-23_v1.json",
            "demo_reception_2026-11-23_v1.json", "demo_office_2026-11-23_v1.json");
    /** The columns version 1 of the hub had. */
    private static final String VERSION_ONE = "SELECT pupil_id, register, code, recorded_mark, arrived_at, "
            + "arrival_kiosk_id, minutes_late, reason, reason_status, from_kiosk_id, amended_at, amended_by, "
            + "amendment_reason, repeats FROM hub.marks ORDER BY pupil_id, register";

    @TempDir
    Path dir;
    private final HubServer server = HubServer.shared();

    @Test
    @DisplayName("hub init to version 2 keeps what version-1 summaries gave and fills the new columns; the same "
            + "summaries sent to a version-2 hub give the same rows")
    void versionOneMergesAsBefore() throws Exception {
        Path adminPassword = server.adminPasswordFile(dir);
        String old = versionOneHub(adminPassword);
        deliverAll(old);
        List<String> before = server.query(old, VERSION_ONE);
        assertEquals(List.of(
                "pupil_id=D1, register=AM, code=L, recorded_mark=L, arrived_at=2026-11-23 08:50:00+00, "
                        + "arrival_kiosk_id=reception, minutes_late=5, reason=null, reason_status=null, "
                        + "from_kiosk_id=reception, amended_at=null, amended_by=null, amendment_reason=null, repeats=2",
                "pupil_id=D2, register=AM, code=M, recorded_mark=U, arrived_at=2026-11-23 09:20:00+00, "
                        + "arrival_kiosk_id=reception, minutes_late=35, reason=null, reason_status=null, "
                        + "from_kiosk_id=reception, amended_at=2026-11-25 17:00:00+00, amended_by=Sam Head, "
                        + "amendment_reason=dentist, repeats=1",
                "pupil_id=D3, register=PM, code=C, recorded_mark=null, arrived_at=null, arrival_kiosk_id=null, "
                        + "minutes_late=null, reason=null, reason_status=null, from_kiosk_id=null, "
                        + "amended_at=2026-11-24 10:00:00+00, amended_by=Sam Head, amendment_reason=funeral, "
                        + "repeats=0"), before, "version 1 as it was");

        CommandLineRun init = lategate("hub", "init", "--hub", server.address(HubServer.ADMIN, old),
                "--hub-password-file", adminPassword.toString());
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("The hub's schema is at version 5"), init.out());
        assertEquals(before, server.query(old, VERSION_ONE), "the rows version 1 gave are kept");
        assertEquals(List.of(
                "pupil_id=D1, source=arrival, original_code=L, original_source=arrival, "
                        + "made_at=2026-11-23 08:50:00+00, changed_from=null, changed_at=null, changed_by=null, "
                        + "recorded_minutes_late=5",
                "pupil_id=D2, source=amendment, original_code=U, original_source=arrival, "
                        + "made_at=2026-11-23 09:20:00+00, changed_from=U, changed_at=2026-11-25 17:00:00+00, "
                        + "changed_by=Sam Head, recorded_minutes_late=35",
                "pupil_id=D3, source=amendment, original_code=N, original_source=amendment, "
                        + "made_at=2026-11-24 10:00:00+00, changed_from=N, changed_at=2026-11-24 10:00:00+00, "
                        + "changed_by=Sam Head, recorded_minutes_late=null"),
                server.query(old, "SELECT pupil_id, source, original_code, original_source, made_at, changed_from, "
                        + "changed_at, changed_by, recorded_minutes_late FROM hub.marks ORDER BY pupil_id"),
                "the new columns, filled from version 1 as it merged");

        HubFixture fresh = new HubFixture(dir.resolve("fresh"));
        deliverAll(fresh.database);
        assertEquals(server.rows(old, true), fresh.rowsWithoutArrivalTimes(),
                "version-1 summaries merge on a version-2 hub as on the migrated one");
    }

    @Test
    @DisplayName("a summary of a format_version the hub does not know, or of none, is refused and nothing is stored")
    void unknownFormatVersion() throws Exception {
        HubFixture hub = new HubFixture(dir);
        String summary = resource("demo_office_2026-11-23_v1.json");
        for (String version : List.of("3", "null")) {
            String text = summary.replace("\"format_version\" : 1", "\"format_version\" : " + version);
            SQLException refused = assertThrows(SQLException.class, () -> deliver(hub.database, text));
            assertTrue(refused.getMessage().contains("the summary has format_version " + (version.equals("null")
                    ? "missing" : version) + ", which this hub does not know"), refused.getMessage());
        }
        assertEquals(List.of("count=0"), hub.query("SELECT count(*) FROM hub.summaries"));
    }

    @Test
    @DisplayName("a kiosk sending format_version 2 to a hub not yet at version 2 is refused and keeps its summary; "
            + "once hub init has run, the next sync sends it")
    void kioskAheadOfItsHub() throws Exception {
        Path adminPassword = server.adminPasswordFile(dir);
        String old = versionOneHub(adminPassword);
        String admin = server.address(HubServer.ADMIN, old);
        Path password = HubServer.passwordFile(dir, "kiosk_demo", "kiosk_demo-password-for-tests");
        assertEquals(0, lategate("hub", "add-school", "--hub", admin, "--hub-password-file", adminPassword.toString(),
                "--school", "demo", "--role", "kiosk_demo", "--password-file", password.toString()).exit());
        HubFixture.Kiosk gate = HubFixture.kiosk(dir, "gate", "demo", password, HubFixture.ROSTER);
        gate.scan("DEMO0001", "2026-11-23T08:55:00");

        CommandLineRun refused = gate.sync(HubFixture.TUESDAY_EVENING, server.address("kiosk_demo", old));
        assertEquals(1, refused.exit());
        assertTrue(refused.err().contains("the summary has format_version 2, which this hub does not know: the "
                + "trust's IT person runs 'lategate hub init' from a newer lategate"), refused.err());
        assertTrue(refused.err().contains("1 summary waits in the outbox"), refused.err());

        assertEquals(0, lategate("hub", "init", "--hub", admin, "--hub-password-file", adminPassword.toString())
                .exit());
        CommandLineRun sent = gate.sync(HubFixture.TUESDAY_EVENING, server.address("kiosk_demo", old));
        assertEquals(0, sent.exit(), sent.err());
        assertTrue(sent.out().contains("Sent 1 summary"), sent.out());
        assertEquals(List.of("pupil_id=D1, code=L, minutes_late=10, source=arrival"),
                server.query(old, "SELECT pupil_id, code, minutes_late, source FROM hub.marks"));
    }

    /** A hub made by a lategate before version 2 of its schema: version 1 only. */
    private String versionOneHub(Path adminPassword) throws IOException {
        String database = server.newDatabase("hub_v1");
        Flyway.configure(getClass().getClassLoader())
                .dataSource("jdbc:postgresql://localhost:" + server.port() + "/" + database, HubServer.ADMIN,
                        Files.readString(adminPassword).strip())
                .schemas("hub").locations("classpath:lategate/hub/migrations").target("1").load().migrate();
        return database;
    }

    private void deliverAll(String database) throws Exception {
        for (String name : SUMMARIES) {
            assertEquals("stored", deliver(database, resource(name)), name);
        }
    }

    /** As `hub import` delivers a file: as the admin, the text with its SHA-256. */
    private String deliver(String database, String text) throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = server.admin(database);
             PreparedStatement s = c.prepareStatement("SELECT hub.deliver(?, ?)")) {
            s.setString(1, text);
            s.setString(2, sha256);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = HubVersionOneSummariesTest.class.getResourceAsStream("/lategate/hub/version-1/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
