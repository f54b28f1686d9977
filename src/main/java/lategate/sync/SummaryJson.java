package lategate.sync;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.app.integrity.ChainHead;
import lategate.app.sync.DailySummary;
import lategate.app.sync.DayContent;
import lategate.app.sync.SummaryChain;
import lategate.app.sync.SummaryCodec;
import lategate.app.sync.SummaryKey;

/**
 * Daily summaries as JSON: the format a folder and a hub both receive. The field names are a
 * contract with every hub that reads them (documented in README, "Daily summaries"): add fields,
 * never rename or remove them without a new {@code format_version}. Written by hand, field by
 * field, so the same summary always gives the same bytes and nothing reflective decides a name.
 */
public final class SummaryJson implements SummaryCodec {

    public static final String FORMAT = "lategate-daily-summary";
    /**
     * 2: each register is the entry as it stands ({@code RegisterEntries}), with or without a scan:
     * {@code minutes_late} is null unless the code stands at L or U; {@code source},
     * {@code original_code}, {@code original_source}, {@code made_at}, the latest change
     * ({@code changed_from}, {@code changed_at}, {@code changed_by}, {@code changed_position},
     * {@code change_reason}) and the scan's own {@code recorded_minutes_late} are new; the scan's
     * {@code recorded_mark}, {@code arrived_at} and {@code kiosk_id} are null for an entry with no scan.
     * 1 held arrivals only, {@code minutes_late} the scan's and {@code code} after amendments only.
     * Summaries already made stay as they were made, and a hub takes both.
     * Still 2 with {@code chain} (the register chain's head, docs/tamper-evidence.md): a field added,
     * no meaning changed, so a hub that does not know it stores the summary as before.
     */
    public static final int FORMAT_VERSION = 2;

    private final JsonFactory factory = new JsonFactory();

    @Override
    public byte[] encode(DailySummary summary) {
        return write(json -> {
            SummaryKey key = summary.key();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("format_version", FORMAT_VERSION);
            json.writeStringField("school_id", key.schoolId());
            json.writeStringField("kiosk_id", key.kioskId());
            json.writeStringField("date", key.date().toString());
            json.writeNumberField("version", key.version());
            json.writeStringField("made_at", summary.madeAt().toString());
            chain(json, summary.chain());
            content(json, summary.content());
        });
    }

    /** Not in {@link #contentDigest}: the head moves with every scan, the day's content need not. */
    private static void chain(JsonGenerator json, SummaryChain chain) throws IOException {
        json.writeObjectFieldStart("chain");
        json.writeNumberField("seq", chain.head().seq());
        json.writeStringField("hash", chain.head().hash());
        optional(json, "first", chain.first());
        Optional<SummaryChain.Earlier> earlier = chain.earlier();
        number(json, "earlier_seq", earlier.map(e -> OptionalLong.of(e.seq())).orElse(OptionalLong.empty()));
        optional(json, "earlier_hash", earlier.flatMap(SummaryChain.Earlier::hashNow));
        json.writeEndObject();
    }

    @Override
    public Optional<ChainHead> chainOf(byte[] body) {
        try (JsonParser json = factory.createParser(body)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if (field.equals("chain") && json.currentToken() == JsonToken.START_OBJECT) {
                    return head(json);
                }
                json.skipChildren();
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("a summary in the outbox is not JSON", e);
        }
    }

    private static Optional<ChainHead> head(JsonParser json) throws IOException {
        Long seq = null;
        String hash = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            JsonToken value = json.nextToken();
            if (field.equals("seq") && value == JsonToken.VALUE_NUMBER_INT) {
                seq = json.getLongValue();
            } else if (field.equals("hash") && value == JsonToken.VALUE_STRING) {
                hash = json.getText();
            }
            json.skipChildren();
        }
        return seq == null || hash == null ? Optional.empty() : Optional.of(new ChainHead(seq, hash));
    }

    @Override
    public String contentDigest(DayContent content) {
        return sha256(write(json -> content(json, content)));
    }

    @Override
    public String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private byte[] write(Fields fields) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = factory.createGenerator(bytes)) {
            DefaultIndenter newline = new DefaultIndenter("  ", "\n"); // never the platform's line ending
            json.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(newline).withArrayIndenter(newline));
            json.writeStartObject();
            fields.write(json);
            json.writeEndObject();
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray(); // UTF-8: Jackson's encoding for a byte stream
    }

    private static void content(JsonGenerator json, DayContent content) throws IOException {
        json.writeArrayFieldStart("pupils");
        for (DayContent.PupilDay p : content.pupils()) {
            pupil(json, p);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("stage_decisions");
        for (DayContent.Decision d : content.decisions()) {
            json.writeStartObject();
            json.writeStringField("pupil_id", d.pupilId());
            json.writeNumberField("block", d.block());
            json.writeNumberField("from_stage", d.fromStage());
            json.writeNumberField("proposed_stage", d.proposedStage());
            json.writeNumberField("decided_stage", d.decidedStage());
            json.writeStringField("kind", d.kind());
            json.writeStringField("decided_by", d.by());
            json.writeStringField("position", d.position());
            optional(json, "why", d.why());
            instant(json, "decided_at", d.at());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("kiosks");
        for (DayContent.KioskFigures k : content.kiosks()) {
            json.writeStartObject();
            json.writeStringField("kiosk_id", k.kioskId());
            json.writeNumberField("scans", k.scans());
            json.writeNumberField("unknown_badges", k.unknownBadges());
            json.writeNumberField("failed_saves", k.failedSaves());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void pupil(JsonGenerator json, DayContent.PupilDay p) throws IOException {
        json.writeStartObject();
        json.writeStringField("pupil_id", p.pupilId());
        json.writeStringField("given_name", p.givenName());
        json.writeStringField("family_name", p.familyName());
        json.writeStringField("year", p.year());
        json.writeStringField("class", p.className());
        json.writeBooleanField("send", p.groups().send());
        json.writeBooleanField("pupil_premium", p.groups().pupilPremium());
        json.writeBooleanField("fsm", p.groups().fsm());
        json.writeBooleanField("looked_after", p.groups().lookedAfter());
        json.writeBooleanField("eal", p.groups().eal());
        json.writeArrayFieldStart("registers");
        for (DayContent.RegisterMark m : p.marks()) {
            json.writeStartObject();
            json.writeStringField("register", m.register());
            json.writeStringField("code", m.code());
            number(json, "minutes_late", m.minutesLate());
            optional(json, "reason", m.reason());
            optional(json, "reason_status", m.reasonStatus());
            json.writeStringField("source", m.source());
            json.writeStringField("original_code", m.originalCode());
            json.writeStringField("original_source", m.originalSource());
            instant(json, "made_at", m.madeAt());
            json.writeStringField("explanation", m.explanation());
            Optional<DayContent.Change> change = m.change();
            optional(json, "changed_from", change.map(DayContent.Change::from));
            optional(json, "changed_at", change.map(c -> c.at().toString()));
            optional(json, "changed_by", change.map(DayContent.Change::by));
            optional(json, "changed_position", change.map(DayContent.Change::position));
            optional(json, "change_reason", change.map(DayContent.Change::why));
            Optional<DayContent.Arrival> arrival = m.arrival();
            optional(json, "recorded_mark", arrival.map(DayContent.Arrival::recordedMark));
            number(json, "recorded_minutes_late", arrival.map(a -> OptionalLong.of(a.minutesLate()))
                    .orElse(OptionalLong.empty()));
            optional(json, "arrived_at", arrival.map(a -> a.at().toString()));
            optional(json, "kiosk_id", arrival.map(DayContent.Arrival::kioskId));
            // Written only when kept: a day summarised before lategate kept it keeps the content it had, so
            // its digest is unchanged and no new version is sent for it (docs/contracts.md).
            Optional<String> signIn = arrival.flatMap(DayContent.Arrival::signIn);
            if (signIn.isPresent()) {
                json.writeStringField("sign_in", signIn.get());
            }
            json.writeArrayFieldStart("repeats");
            for (DayContent.Repeat r : m.repeats()) {
                json.writeStartObject();
                instant(json, "at", r.at());
                json.writeStringField("kiosk_id", r.kioskId());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("movements");
        for (DayContent.Movement m : p.movements()) {
            json.writeStartObject();
            json.writeStringField("kind", m.kind());
            instant(json, "at", m.at());
            optional(json, "code", m.code());
            optional(json, "reason", m.reason());
            optional(json, "collected_by", m.collectedBy());
            json.writeStringField("recorded_by", m.recordedBy());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("amendments");
        for (DayContent.Amendment a : p.amendments()) {
            json.writeStartObject();
            json.writeStringField("register", a.register());
            json.writeStringField("original_code", a.originalCode());
            json.writeStringField("amended_code", a.amendedCode());
            json.writeStringField("reason", a.reason());
            instant(json, "amended_at", a.at());
            json.writeStringField("amended_by", a.by());
            json.writeStringField("position", a.position());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void instant(JsonGenerator json, String field, Instant at) throws IOException {
        json.writeStringField(field, at.toString());
    }

    private static void number(JsonGenerator json, String field, OptionalLong value) throws IOException {
        if (value.isPresent()) {
            json.writeNumberField(field, value.getAsLong());
        } else {
            json.writeNullField(field);
        }
    }

    private static void optional(JsonGenerator json, String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            json.writeStringField(field, value.get());
        } else {
            json.writeNullField(field);
        }
    }
}
