package lategate.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Optional;
import lategate.app.access.SummaryLines;

/**
 * One pupil's entry in a daily summary ({@link SummaryJson}'s {@code pupils} array), copied out
 * whole and alone: a subject access export must carry nothing about the other pupils of that day.
 * The day's stage decisions are per pupil too, but are read from the database directly.
 */
public final class SummaryPupilLines implements SummaryLines {

    private final JsonFactory factory = new JsonFactory();

    @Override
    public Optional<String> about(byte[] summary, String pupilId) {
        try (JsonParser json = factory.createParser(summary)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("pupils") && value == JsonToken.START_ARRAY) {
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        StringWriter copy = new StringWriter();
                        try (JsonGenerator out = factory.createGenerator(copy)) {
                            out.copyCurrentStructure(json);
                        }
                        if (pupilId.equals(idOf(copy.toString()))) {
                            return Optional.of(copy.toString());
                        }
                    }
                    return Optional.empty();
                }
                json.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            // a summary the kiosk made itself: unreadable only if the file was damaged
            throw new IllegalStateException("a daily summary in the outbox cannot be read: " + e.getMessage(), e);
        }
    }

    private String idOf(String pupil) throws IOException {
        try (JsonParser json = factory.createParser(pupil)) {
            json.nextToken();
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("pupil_id")) {
                    return json.getValueAsString();
                }
                json.skipChildren();
            }
            return null;
        }
    }
}
