package lategate.app.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes daily summaries into the outbox. A day's summary is made again whenever something about
 * that day is recorded later (an amendment, a late reason, a return); if its content is the same
 * as the latest version nothing is added, otherwise the next version supersedes it. Versions are
 * never changed, so whatever a hub already holds stays true to what was sent.
 */
public final class Summaries {

    private final String schoolId;
    private final DayRecords days;
    private final Outbox outbox;
    private final SummaryCodec codec;

    public Summaries(String schoolId, DayRecords days, Outbox outbox, SummaryCodec codec) {
        this.schoolId = Objects.requireNonNull(schoolId, "schoolId");
        this.days = Objects.requireNonNull(days, "days");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.codec = Objects.requireNonNull(codec, "codec");
    }

    /** What making a day's summary did. */
    public sealed interface Made {
        LocalDate date();

        /** A new version went into the outbox. */
        record NewVersion(OutboxEntry entry) implements Made {
            @Override
            public LocalDate date() {
                return entry.key().date();
            }
        }

        /** The latest version already says exactly this. */
        record Unchanged(OutboxEntry latest) implements Made {
            @Override
            public LocalDate date() {
                return latest.key().date();
            }
        }
    }

    /**
     * Makes one day's summary on demand, even for a day with no events: the hub then knows this
     * kiosk reported that day and had nothing to say.
     */
    public Made make(LocalDate date, Optional<String> kioskId, Instant now) {
        String kiosk = outbox.kioskId(kioskId);
        return makeDay(date, kiosk, now);
    }

    /**
     * Makes a new version of every day with something recorded since the last catch-up, up to and
     * including {@code through}; days after it wait for a later catch-up.
     */
    public List<Made> catchUp(LocalDate through, Optional<String> kioskId, Instant now) {
        String kiosk = outbox.kioskId(kioskId);
        Watermark before = outbox.watermark();
        Watermark mark = days.now(); // read first: anything recorded after it is looked at next time
        List<Made> made = new ArrayList<>();
        boolean later = false;
        for (LocalDate date : days.daysChangedSince(before)) {
            if (date.isAfter(through)) {
                later = true;
                continue;
            }
            made.add(makeDay(date, kiosk, now));
        }
        if (!later) {
            outbox.advance(mark);
        }
        return made;
    }

    private Made makeDay(LocalDate date, String kiosk, Instant now) {
        DayContent content = days.contentOf(date);
        String digest = codec.contentDigest(content);
        Optional<OutboxEntry> latest = outbox.latest(date);
        if (latest.isPresent() && latest.get().contentDigest().equals(digest)) {
            return new Made.Unchanged(latest.get());
        }
        int version = latest.map(e -> e.key().version() + 1).orElse(1);
        DailySummary summary = new DailySummary(new SummaryKey(schoolId, kiosk, date, version), now, content);
        byte[] body = codec.encode(summary);
        return new Made.NewVersion(outbox.append(summary, digest, body, codec.sha256(body)));
    }
}
