package lategate.cli;

import static lategate.TestBadges.printed;
import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lategate scans}: every scan of a day for the office, on the demo's real database. Nothing a
 * pupil did at the kiosk goes unrecorded (docs/architecture.md, "The database": scans that mark
 * nothing are kept in a scan log for the office), and the office can now read it: the accepted
 * with the pupil and how, the refused with the code as read and why.
 */
class ScansCommandTest {

    private static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String DAY = "2026-11-23";

    @TempDir
    Path dir;
    private String school;
    private String db;

    @BeforeEach
    void aMorningAtTheGate() {
        CommandLineRun demo = lategate(MONDAY, "demo", "--data", dir.resolve("demo").toString(), "--no-kiosk");
        assertEquals(0, demo.exit(), demo.err());
        school = dir.resolve("demo/demo.toml").toString();
        db = dir.resolve("demo/demo.db").toString();
        signIn(printed("DEMO0001"), "08:40:00", 0);                 // on time
        signIn(printed("DEMO0002"), "08:57:00", 0);                 // late, L
        signIn(printed("DEMO0002"), "08:58:00", 0);                 // the same pupil again: a repeat
        signIn("DEMO0003X", "09:01:00", 1);                         // a misread: the check character is wrong
        signIn(printed("DEMO9999"), "09:02:00", 1);                 // well formed, no pupil on roll holds it
    }

    private void signIn(String badge, String time, int exit) {
        CommandLineRun run = run("sign-in", "--badge", badge, "--at", DAY + "T" + time, "--kiosk-id", "gate");
        assertEquals(exit, run.exit(), run.out() + run.err());
    }

    private CommandLineRun run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--school", school, "--db", db));
        return lategate(MONDAY, all.toArray(String[]::new));
    }

    @Test
    @DisplayName("scans lists the day in order: marked and repeat with the pupil's name and how, refused with the code and why")
    void everyScanOfTheDay() {
        CommandLineRun scans = run("scans", "--date", DAY);
        assertEquals(0, scans.exit(), scans.err());
        assertEquals("", scans.err(), "pupils' names go to standard output only");
        List<String> rows = scans.out().lines().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d .*")).toList();
        assertEquals(5, rows.size(), scans.out());
        assertTrue(rows.get(0).startsWith("08:40:00") && rows.get(0).contains(" marked ")
                && rows.get(0).contains(" / ") && rows.get(0).contains("office (lategate sign-in)"), rows.get(0));
        assertTrue(rows.get(1).contains(" marked ") && rows.get(1).contains(" L "), rows.get(1));
        assertTrue(rows.get(2).contains(" repeat "), rows.get(2));
        assertTrue(rows.get(3).contains(" refused ") && rows.get(3).contains("'DEMO0003X'")
                && rows.get(3).contains("check character"), rows.get(3));
        assertTrue(rows.get(4).contains(" refused ") && rows.get(4).contains("'" + printed("DEMO9999") + "'"),
                rows.get(4));
        assertFalse(rows.get(1).contains("D0002"), "a name, never just an id: " + rows.get(1));
        assertTrue(scans.out().contains("5 scans: 3 taken, 2 refused."), scans.out());
    }

    @Test
    @DisplayName("--refused lists only the scans that marked nothing; --json keeps every field, null where it does not apply")
    void refusedOnlyAndJson() throws Exception {
        CommandLineRun refused = run("scans", "--date", DAY, "--refused");
        assertEquals(0, refused.exit(), refused.err());
        assertEquals(2, refused.out().lines().filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d .*")).count(),
                refused.out());
        assertFalse(refused.out().contains(" marked "), refused.out());

        Map<?, ?> json = (Map<?, ?>) json(run("scans", "--date", DAY, "--json").out());
        assertEquals(DAY, json.get("date"));
        List<?> scans = (List<?>) json.get("scans");
        assertEquals(5, scans.size());
        Map<?, ?> late = (Map<?, ?>) scans.get(1);
        assertEquals(List.of("time", "kiosk", "scanner", "outcome", "pupil_id", "given_name", "family_name", "class",
                "register", "mark", "how", "code", "why"), List.copyOf(late.keySet()), "the fields, a contract");
        assertEquals(List.of("08:57:00", "gate", "marked", "D0002", "AM", "L"), List.of(late.get("time"),
                late.get("kiosk"), late.get("outcome"), late.get("pupil_id"), late.get("register"), late.get("mark")));
        assertFalse(((String) late.get("given_name")).isBlank());
        assertTrue(late.get("why") == null && late.get("code") == null, late.toString());
        Map<?, ?> misread = (Map<?, ?>) scans.get(3);
        assertEquals(List.of("refused", "DEMO0003X"), List.of(misread.get("outcome"), misread.get("code")));
        assertTrue(misread.get("pupil_id") == null && misread.get("mark") == null, misread.toString());
        assertTrue(((String) misread.get("why")).contains("check character"), misread.toString());

        Map<?, ?> onlyRefused = (Map<?, ?>) json(run("scans", "--date", DAY, "--refused", "--json").out());
        assertEquals(2, ((List<?>) onlyRefused.get("scans")).size());
    }

    /** The JSON as maps (fields in order), lists, strings and nulls. */
    private static Object json(String text) throws Exception {
        try (JsonParser p = new JsonFactory().createParser(text)) {
            p.nextToken();
            return value(p);
        }
    }

    private static Object value(JsonParser p) throws Exception {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Object> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                map.put(name, value(p));
            }
            return map;
        }
        if (t == JsonToken.START_ARRAY) {
            List<Object> list = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                list.add(value(p));
            }
            return list;
        }
        return t == JsonToken.VALUE_NULL ? null : p.getText();
    }

    @Test
    @DisplayName("a day with no scans says so; a date that is not one is bad input (exit 1)")
    void emptyDayAndBadDate() {
        CommandLineRun none = run("scans", "--date", "2026-11-20");
        assertEquals(0, none.exit(), none.err());
        assertTrue(none.out().contains("No scans."), none.out());
        assertEquals(1, run("scans", "--date", "23/11/2026").exit());
    }
}
