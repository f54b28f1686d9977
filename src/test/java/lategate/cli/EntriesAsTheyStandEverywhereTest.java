package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lategate.app.entry.Claims;
import lategate.app.entry.RegisterEntries;
import lategate.domain.audit.StaffIdentity;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.SessionEntry;
import lategate.domain.lateness.LateEntry;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.settings.SchoolSettings;
import lategate.store.Database;
import lategate.store.SqliteSessionRecords;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubReports;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The entry as it stands (DOMAIN) is the one answer everywhere a day travels: the kiosk's register
 * (RegisterEntries, `export marks`), its daily summary (`summary show`) and the trust's hub (its rows
 * and the lead's reports on it). One Monday at the demo school holds an L amended to M, a claim
 * confirmed to M, a sign-out's M with no scan and a lunch pass holder back late (L with no scan).
 */
class EntriesAsTheyStandEverywhereTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Clock NOON = HubFixture.at("2026-11-23T12:00:00Z");
    private static final Clock EVENING = HubFixture.at("2026-11-23T17:00:00Z");
    private static final Clock TUESDAY_EVENING = HubFixture.TUESDAY_EVENING;
    private static final String ROSTER = HubFixture.ROSTER + "D4,Noah,Patel,4,4B,DEMO0004\n";

    @TempDir
    Path dir;
    private HubFixture hub;
    private Path kioskPassword;
    private HubFixture.Kiosk gate;

    @BeforeEach
    void demoSchool() throws IOException {
        hub = new HubFixture(dir.resolve("hub"));
        kioskPassword = hub.addSchool("demo", "kiosk_demo");
        gate = HubFixture.kiosk(dir, "gate", "demo", kioskPassword, ROSTER);
        Path contacts = Files.writeString(dir.resolve("contacts.csv"), "pupil_id,name,relationship,may_collect,"
                + "phone\nD3,Ann Brown,mother,yes,07700 900456\nD4,Raj Patel,father,yes,07700 900789\n",
                StandardCharsets.UTF_8);
        ok(lategate(EVENING, "contacts", "import", "--school", gate.settings(), "--db", gate.db(),
                contacts.toString()));
        ok(withPins("2468\n", EVENING, "staff", "add", "--school", gate.settings(), "--db", gate.db(), "--username",
                "head", "--name", "Sam Head", "--position", "Head", "--role", "administrator"));
    }

    private static String ok(CommandLineRun run) {
        assertEquals(0, run.exit(), run.err());
        return run.out();
    }

    private CommandLineRun asHead(Clock clock, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", gate.settings(), "--db", gate.db(), "--staff", "head"));
        return withPins("2468\n", clock, all.toArray(String[]::new));
    }

    private void signIn(String badge, String at, String... more) {
        List<String> args = new ArrayList<>(List.of("sign-in", "--school", gate.settings(), "--db", gate.db(),
                "--badge", printed(badge), "--at", at, "--kiosk-id", "gate"));
        args.addAll(List.of(more));
        ok(lategate(EVENING, args.toArray(String[]::new)));
    }

    private void signOutD3() {
        ok(asHead(NOON, "sign-out", "--pupil", "D3", "--code", "M", "--reason", "orthodontist", "--collected-by",
                "Ann Brown", "--evidence-seen", "--at", "2026-11-23T11:00:00"));
    }

    private School school() {
        try {
            return SchoolSettings.read(Path.of(gate.settings())).school();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void confirmD2sClaim(Clock clock) {
        try (Database database = Database.open(Path.of(gate.db()))) {
            RegisterEntries entries = SqliteSessionRecords.entries(school(), database, clock);
            new Claims(entries, new SqliteSessionRecords(database), clock).decide("D2", MONDAY, Register.AM,
                    ClaimDecision.Verdict.CONFIRMED, "appointment card seen", new StaffIdentity("Sam Head", "Head"));
        }
    }

    /** The Monday: every kind of entry that is not simply the pupil's own scan. */
    private void monday() {
        signIn("DEMO0001", "2026-11-23T09:00:00");                      // L, 15 minutes
        ok(asHead(EVENING, "amend", "pupil", "--pupil", "D1", "--date", "2026-11-23", "--register", "AM", "--code",
                "M", "--reason", "dentist", "--evidence", "appointment card seen"));
        signIn("DEMO0002", "2026-11-23T09:20:00", "--reason", "medical"); // U, claimed M
        confirmD2sClaim(EVENING);
        signOutD3();                                                     // out when the afternoon register is taken
        ok(asHead(EVENING, "lunch", "pass-add", "--pupil", "D4", "--from", "2026-11-16", "--to", "2026-12-18",
                "--reason", "parent's written request"));
        ok(asHead(EVENING, "lunch", "out", "--pupil", "D4", "--collected-by", "Raj Patel", "--at",
                "2026-11-23T12:20:00"));
        ok(asHead(EVENING, "lunch", "in", "--pupil", "D4", "--at", "2026-11-23T13:20:00")); // 5 minutes after 13:15
    }

    /** What each view must say: pupil and register, then code, minutes late, source and original. */
    private static final Map<String, String> STANDING = new TreeMap<>(Map.of(
            "D1 AM", "M,,amendment,L",
            "D2 AM", "M,,claim,U",
            "D3 PM", "M,,sign_out,M",
            "D4 PM", "L,5,lunch_pass,L"));

    @Test
    @DisplayName("the register, the MIS export, the daily summary and the hub's rows give each entry the same code, "
            + "minutes, source and original")
    void oneAnswerEverywhere() throws Exception {
        monday();
        assertEquals(STANDING, fromTheRegister(EVENING));
        assertEquals(STANDING, fromTheExport());

        ok(gate.sync(EVENING, hub.address("kiosk_demo")));
        String summary = ok(lategate(EVENING, "summary", "show", "--school", gate.settings(), "--db", gate.db(),
                "--date", "2026-11-23"));
        assertTrue(summary.contains("\"format_version\" : 2"), summary);
        assertEquals(STANDING, fromTheSummary(summary));
        assertEquals(STANDING, fromTheHub());

        // An entry with no scan carries none; a changed one says by whom, from what and why.
        Map<String, Map<String, Object>> registers = registers(summary);
        Map<String, Object> signedOut = registers.get("D3 PM");
        assertEquals(null, signedOut.get("arrived_at"));
        assertEquals(null, signedOut.get("recorded_mark"));
        assertEquals(null, signedOut.get("kiosk_id"));
        assertEquals("2026-11-23T11:00:00Z", signedOut.get("made_at"));
        Map<String, Object> amended = registers.get("D1 AM");
        assertEquals(List.of("L", "Sam Head", "Head", "dentist", "L", 15L, "2026-11-23T09:00:00Z"),
                List.of(amended.get("changed_from"), amended.get("changed_by"), amended.get("changed_position"),
                        amended.get("change_reason"), amended.get("recorded_mark"),
                        amended.get("recorded_minutes_late"), amended.get("arrived_at")));
        assertEquals(List.of("U", "confirmed"), List.of(registers.get("D2 AM").get("changed_from"),
                registers.get("D2 AM").get("reason_status")));
        assertEquals(List.of("pupil_id=D3, register=PM, arrived_at=null, made_at=2026-11-23 11:00:00+00, "
                        + "changed_at=null", "pupil_id=D4, register=PM, arrived_at=null, "
                        + "made_at=2026-11-23 13:20:00+00, changed_at=null"),
                hub.query("SELECT pupil_id, register, arrived_at, made_at, changed_at FROM hub.marks "
                        + "WHERE arrived_at IS NULL ORDER BY pupil_id"));
        assertEquals(List.of("count=0"), hub.query("SELECT count(*) FROM hub.mark_repeats"));

        // The lead's reports on the hub count what the kiosk counts, entry for entry.
        try (Database database = Database.open(Path.of(gate.db()));
             HubReports reports = HubReports.open(hub.address("kiosk_demo"), HubPassword.from(Optional.of(
                     kioskPassword)))) {
            RegisterEntries kiosk = SqliteSessionRecords.entries(school(), database, EVENING);
            List<LateEntry> onTheKiosk = kiosk.entriesBetween(MONDAY, MONDAY);
            assertEquals(4, onTheKiosk.size(), onTheKiosk.toString());
            assertEquals(onTheKiosk, reports.school("demo").entriesBetween(MONDAY, MONDAY));
            assertEquals(kiosk.unauthorisedBetween(MONDAY, MONDAY),
                    reports.school("demo").unauthorisedBetween(MONDAY, MONDAY));
            assertEquals(lines(kiosk.lateBookBetween(MONDAY, MONDAY)),
                    lines(reports.school("demo").lateBookBetween(MONDAY, MONDAY)));
        }
        for (List<String> report : List.of(List.of("blocks", "--csv"), List.of("thresholds", "--csv"),
                List.of("pupil", "D1"), List.of("pupil", "D4"))) {
            List<String> onKiosk = new ArrayList<>(List.of("report"));
            onKiosk.addAll(report);
            onKiosk.addAll(List.of("--school", gate.settings(), "--db", gate.db()));
            List<String> onHub = new ArrayList<>(List.of("report"));
            onHub.addAll(report);
            onHub.addAll(List.of("--hub", hub.address("kiosk_demo"), "--hub-password-file", kioskPassword.toString(),
                    "--school", "demo"));
            assertEquals(ok(lategate(EVENING, onKiosk.toArray(String[]::new))),
                    ok(lategate(EVENING, onHub.toArray(String[]::new))), String.join(" ", report));
        }
    }

    @Test
    @DisplayName("a claim confirmed after the day's summary was sent makes a new version of that day, on the hub too")
    void claimDecisionMakesANewVersion() throws Exception {
        signIn("DEMO0002", "2026-11-23T09:20:00", "--reason", "medical");
        ok(gate.sync(EVENING, hub.address("kiosk_demo")));
        assertEquals(List.of("code=U, minutes_late=35, reason_status=claimed, source=arrival"),
                hub.query("SELECT code, minutes_late, reason_status, source FROM hub.marks"));

        confirmD2sClaim(TUESDAY_EVENING);
        String again = ok(gate.sync(TUESDAY_EVENING, hub.address("kiosk_demo")));
        assertTrue(again.contains("Made the summary of 2026-11-23, version 2"), again);
        assertEquals(List.of("code=M, minutes_late=null, reason_status=confirmed, source=claim, changed_by=Sam Head"),
                hub.query("SELECT code, minutes_late, reason_status, source, changed_by FROM hub.marks"));
    }

    @Test
    @DisplayName("a day summarised at noon is made again once its afternoon register has been taken: a pupil "
            + "signed out in the morning gets the sign-out's M with nothing more recorded")
    void daySummarisedBeforeItEnded() throws Exception {
        signOutD3();
        Path usb = Files.createDirectory(dir.resolve("usb"));
        ok(gate.sync(NOON, usb.toString()));
        assertEquals(Map.of(), fromTheSummary(Files.readString(usb.resolve("demo_gate_2026-11-23_v1.json"))),
                "at noon the afternoon register has not been taken: the pupil may be back before it");

        String evening = ok(gate.sync(EVENING, usb.toString()));
        assertTrue(evening.contains("Made the summary of 2026-11-23, version 2"), evening);
        assertEquals(Map.of("D3 PM", "M,,sign_out,M"),
                fromTheSummary(Files.readString(usb.resolve("demo_gate_2026-11-23_v2.json"))));
        assertTrue(ok(gate.sync(TUESDAY_EVENING, usb.toString())).contains("Sent 0 summaries"),
                "once the day has ended it is not made again");
    }

    private Map<String, String> fromTheRegister(Clock clock) {
        try (Database database = Database.open(Path.of(gate.db()))) {
            Map<String, String> found = new TreeMap<>();
            for (SessionEntry e : SqliteSessionRecords.entries(school(),
                    database, clock).on(MONDAY)) {
                found.put(e.pupilId() + " " + e.register(), e.code().code() + "," + (e.minutesLate().isPresent()
                        ? e.minutesLate().getAsLong() : "") + "," + e.source().id() + "," + e.originalCode().code());
            }
            return found;
        }
    }

    private Map<String, String> fromTheExport() throws IOException {
        String csv = ok(lategate(EVENING, "export", "marks", "--school", gate.settings(), "--db", gate.db(), "--from",
                "2026-11-23", "--to", "2026-11-23", "--csv"));
        Map<String, String> found = new TreeMap<>();
        for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(csv))) {
            found.put(r.get("pupil_id") + " " + r.get("session"), r.get("code") + "," + r.get("minutes_late") + ","
                    + r.get("source") + "," + r.get("original_code"));
        }
        return found;
    }

    private static Map<String, String> fromTheSummary(String summary) throws IOException {
        Map<String, String> found = new TreeMap<>();
        registers(summary).forEach((key, r) -> found.put(key, r.get("code") + ","
                + (r.get("minutes_late") == null ? "" : r.get("minutes_late")) + "," + r.get("source") + ","
                + r.get("original_code")));
        return found;
    }

    private Map<String, String> fromTheHub() {
        Map<String, String> found = new TreeMap<>();
        for (String row : hub.query("SELECT pupil_id || ' ' || register AS k, concat_ws(',', code, "
                + "coalesce(minutes_late::text, ''), source, original_code) AS v FROM hub.marks")) {
            String[] kv = row.split(", v=");
            found.put(kv[0].substring("k=".length()), kv[1]);
        }
        return found;
    }

    private static List<String> lines(List<lategate.app.LateBookEntry> book) {
        return book.stream().map(b -> {
            SessionEntry e = b.entry();
            return String.join("|", e.pupilId(), e.register().name(), e.code().code(), e.originalCode().code(),
                    e.source().id(), e.originalSource().id(), e.at().toString(), e.minutesLate().toString(),
                    e.reason().orElse(""), e.arrival().map(a -> a.arrivedAt().toString()).orElse(""),
                    e.change().map(c -> c.from().code() + " " + c.at() + " " + c.by() + " " + c.why()).orElse(""),
                    b.givenName(), b.familyName());
        }).toList();
    }

    /** Each register in a summary, by "PUPIL REGISTER", as its fields. */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> registers(String summary) throws IOException {
        Map<String, Map<String, Object>> found = new TreeMap<>();
        try (JsonParser json = new JsonFactory().createParser(summary)) {
            json.nextToken();
            Map<String, Object> body = (Map<String, Object>) value(json);
            for (Object p : (List<Object>) body.get("pupils")) {
                Map<String, Object> pupil = (Map<String, Object>) p;
                for (Object r : (List<Object>) pupil.get("registers")) {
                    Map<String, Object> register = (Map<String, Object>) r;
                    found.put(pupil.get("pupil_id") + " " + register.get("register"), register);
                }
            }
        }
        return found;
    }

    private static Object value(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, Object> object = new LinkedHashMap<>();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                object.put(name, value(json));
            }
            return object;
        }
        if (token == JsonToken.START_ARRAY) {
            List<Object> array = new ArrayList<>();
            while (json.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(json));
            }
            return array;
        }
        return switch (token) {
            case VALUE_NULL -> null;
            case VALUE_NUMBER_INT -> json.getLongValue();
            case VALUE_TRUE, VALUE_FALSE -> json.getBooleanValue();
            default -> json.getText();
        };
    }
}
