package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code lategate explain --json}: the boundary results for all five schools, through the command line. */
class ExplainCommandTest {

    @ParameterizedTest(name = "{0} at {1}: {2} {3} {4} minutes")
    @CsvSource({
            // Russell §4
            "russell,    2026-11-23T08:44:59, on_time, AM, 0",
            "russell,    2026-11-23T08:45:00, L,       AM, 0",
            "russell,    2026-11-23T09:09:59, L,       AM, 24",
            "russell,    2026-11-23T09:10:00, U,       AM, 25",
            // Oak Meadow §5
            "oak-meadow, 2026-11-23T08:44:59, on_time, AM, 0",
            "oak-meadow, 2026-11-23T09:29:59, L,       AM, 44",
            "oak-meadow, 2026-11-23T09:30:00, U,       AM, 45",
            // PSA §I
            "psa,        2026-11-23T07:59:59, on_time, AM, 0",
            "psa,        2026-11-23T08:14:59, L,       AM, 14",
            "psa,        2026-11-23T08:15:00, U,       AM, 15",
            // KTS §4.1
            "kts,        2026-11-23T09:09:59, on_time, AM, 0",
            "kts,        2026-11-23T09:29:59, L,       AM, 19",
            "kts,        2026-11-23T09:30:00, U,       AM, 20",
            // Seagrave §7.1, §8
            "seagrave,   2026-11-23T08:44:59, on_time, AM, 0",
            "seagrave,   2026-11-23T08:59:59, L,       AM, 14",
            "seagrave,   2026-11-23T09:00:00, U,       AM, 15",
            "seagrave,   2026-11-23T13:00:00, L,       PM, 0",
    })
    void boundaryResultsAsJson(String school, String at, String mark, String register, long minutes) throws Exception {
        CommandLineRun run = lategate("explain", "--school", "config/schools/" + school + ".toml", "--at", at, "--json");
        assertEquals(0, run.exit(), run.err());
        Map<String, Object> json = parse(run.out());
        assertEquals(mark, json.get("mark"));
        assertEquals(register, json.get("register"));
        assertEquals(minutes, ((Number) json.get("minutes_late")).longValue());
        assertTrue(((String) json.get("explanation")).startsWith("Arrived "), (String) json.get("explanation"));
    }

    @ParameterizedTest(name = "a Saturday at {0} is none with a null register")
    @CsvSource({"russell", "psa"})
    @DisplayName("closed day")
    void closedDayIsNone(String school) throws Exception {
        Map<String, Object> json = parse(lategate("explain", "--school", "config/schools/" + school + ".toml", "--at",
                "2026-11-28T09:00:00", "--json").out());
        assertEquals("none", json.get("mark"));
        assertEquals(null, json.get("register"));
        assertEquals(0L, ((Number) json.get("minutes_late")).longValue());
    }

    /** Reads the flat fields of one JSON object. */
    static Map<String, Object> parse(String text) throws Exception {
        Map<String, Object> fields = new HashMap<>();
        try (JsonParser p = new JsonFactory().createParser(text)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (value) {
                    case VALUE_STRING -> fields.put(name, p.getText());
                    case VALUE_NUMBER_INT -> fields.put(name, p.getLongValue());
                    case VALUE_NULL -> fields.put(name, null);
                    case START_OBJECT, START_ARRAY -> {
                        fields.put(name, "(nested)");
                        p.skipChildren();
                    }
                    default -> fields.put(name, p.getText());
                }
            }
        }
        return fields;
    }
}
