package lategate.app.sync;

import java.util.Map;

/**
 * How far the outbox has looked through the database's logs: the last row id of each log. The
 * logs are only ever appended, so a row id past the mark is something new, whatever any clock said.
 */
public record Watermark(Map<String, Long> lastIds) {

    public Watermark {
        lastIds = Map.copyOf(lastIds);
    }

    public static Watermark start() {
        return new Watermark(Map.of());
    }

    public long of(String log) {
        return lastIds.getOrDefault(log, 0L);
    }
}
