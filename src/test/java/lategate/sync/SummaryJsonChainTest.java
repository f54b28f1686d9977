package lategate.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.app.integrity.ChainHead;
import lategate.app.sync.DailySummary;
import lategate.app.sync.DayContent;
import lategate.app.sync.SummaryChain;
import lategate.app.sync.SummaryKey;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chain's field names are a contract with every hub (README, "Daily summaries"). */
class SummaryJsonChainTest {

    private static final String HEAD = "a".repeat(64);
    private static final String FIRST = "b".repeat(64);
    private static final String EARLIER = "c".repeat(64);
    private final SummaryJson json = new SummaryJson();
    private final DayContent empty = new DayContent(List.of(), List.of(), List.of());

    private byte[] summary(SummaryChain chain) {
        return json.encode(new DailySummary(new SummaryKey("demo", "gate", LocalDate.of(2026, 11, 23), 1),
                Instant.parse("2026-11-23T17:00:00Z"), empty, chain));
    }

    @Test
    @DisplayName("a summary carries the chain's head, first entry and earlier head under these names, format_version 2")
    void fieldNames() throws IOException {
        byte[] body = summary(new SummaryChain(new ChainHead(42, HEAD), Optional.of(FIRST),
                Optional.of(new SummaryChain.Earlier(40, Optional.of(EARLIER)))));
        Map<String, Object> top = topLevel(body);
        assertEquals(2, top.get("format_version"));
        assertEquals(List.of("format", "format_version", "school_id", "kiosk_id", "date", "version", "made_at", "chain",
                "pupils", "stage_decisions", "kiosks"), new ArrayList<>(top.keySet()));
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("seq", 42);
        expected.put("hash", HEAD);
        expected.put("first", FIRST);
        expected.put("earlier_seq", 40);
        expected.put("earlier_hash", EARLIER);
        assertEquals(expected, top.get("chain"));
        assertEquals(new ArrayList<>(expected.keySet()), new ArrayList<>(((Map<?, ?>) top.get("chain")).keySet()));
        assertEquals(Optional.of(new ChainHead(42, HEAD)), json.chainOf(body));
    }

    @Test
    @DisplayName("with no summary made before, or an entry gone since, the earlier fields are null; the first summary "
            + "of an empty chain has no first entry")
    void nulls() throws IOException {
        Map<String, Object> none = new LinkedHashMap<>();
        none.put("seq", 0);
        none.put("hash", ChainHead.ZERO);
        none.put("first", null);
        none.put("earlier_seq", null);
        none.put("earlier_hash", null);
        assertEquals(none, topLevel(summary(new SummaryChain(new ChainHead(0, ChainHead.ZERO), Optional.empty(),
                Optional.empty()))).get("chain"));
        Map<?, ?> gone = (Map<?, ?>) topLevel(summary(new SummaryChain(new ChainHead(3, HEAD), Optional.of(FIRST),
                Optional.of(new SummaryChain.Earlier(9, Optional.empty()))))).get("chain");
        assertEquals(9, gone.get("earlier_seq"));
        assertEquals(null, gone.get("earlier_hash"));
    }

    @Test
    @DisplayName("a summary made before summaries carried the chain has none to read back")
    void olderSummary() {
        byte[] older = "{\"format\":\"lategate-daily-summary\",\"format_version\":2,\"pupils\":[{\"chain\":{}}]}"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Optional.empty(), json.chainOf(older));
    }

    /** The top-level object: each field's number, string or null, and objects as maps; arrays as their length. */
    private static Map<String, Object> topLevel(byte[] body) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(body)) {
            assertEquals(JsonToken.START_OBJECT, p.nextToken());
            return object(p);
        }
    }

    private static Map<String, Object> object(JsonParser p) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                fields.put(name, object(p));
            } else if (t == JsonToken.START_ARRAY) {
                p.skipChildren();
                fields.put(name, List.of());
            } else if (t == JsonToken.VALUE_NUMBER_INT) {
                fields.put(name, p.getIntValue());
            } else if (t == JsonToken.VALUE_NULL) {
                fields.put(name, null);
            } else {
                fields.put(name, p.getText());
            }
        }
        return fields;
    }
}
