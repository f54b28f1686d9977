package lategate.app.sync;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import lategate.app.entry.RegisterEntries;
import lategate.app.integrity.ChainHead;
import lategate.app.integrity.ChainHeads;
import lategate.domain.entry.SessionEntry;

/**
 * Makes daily summaries into the outbox. A day's summary is made again whenever something about
 * that day is recorded later (an amendment, a late reason, a claim decided, a return); if its
 * content is the same as the latest version nothing is added, otherwise the next version supersedes
 * it. Versions are never changed, so whatever a hub already holds stays true to what was sent.
 *
 * <p>Each register's entry is {@link RegisterEntries}' one resolution, as every other view shows
 * it (docs/domain.md, "The entry as it stands"); the store supplies only the records around it.
 *
 * <p>Each new version also carries the register chain's head as it stands when it is made
 * (docs/tamper-evidence.md, "The hub"), outside the content digest: the head moves with every scan,
 * and a day whose content is unchanged gets no new version for it.
 */
public final class Summaries {

    private final String schoolId;
    private final DayRecords days;
    private final RegisterEntries entries;
    private final Outbox outbox;
    private final SummaryCodec codec;
    private final ChainHeads chain;

    public Summaries(String schoolId, DayRecords days, RegisterEntries entries, Outbox outbox, SummaryCodec codec,
                     ChainHeads chain) {
        this.schoolId = Objects.requireNonNull(schoolId, "schoolId");
        this.days = Objects.requireNonNull(days, "days");
        this.entries = Objects.requireNonNull(entries, "entries");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.codec = Objects.requireNonNull(codec, "codec");
        this.chain = Objects.requireNonNull(chain, "chain");
    }

    /**
     * One school day as its summary carries it: every pupil with anything recorded that day, each
     * register's entry as it stands (one with no scan too: a sign-out's code, a return from a lunch
     * pass), and the records around them.
     */
    public DayContent contentOf(LocalDate date) {
        // Entries first: the logs only grow, so the records read after them hold every pupil they name.
        Map<String, List<SessionEntry>> byPupil = new LinkedHashMap<>();
        for (SessionEntry e : entries.on(date)) {
            byPupil.computeIfAbsent(e.pupilId(), id -> new ArrayList<>()).add(e);
        }
        DayRecords.RecordedDay day = days.recordsOf(date, byPupil.keySet());
        List<DayContent.PupilDay> pupils = new ArrayList<>();
        for (DayRecords.RecordedPupil p : day.pupils()) {
            List<DayContent.RegisterMark> marks = byPupil.getOrDefault(p.pupilId(), List.of()).stream()
                    .map(e -> DayContent.RegisterMark.of(e, p.repeats().getOrDefault(e.register().name(), List.of())))
                    .toList();
            pupils.add(new DayContent.PupilDay(p.pupilId(), p.givenName(), p.familyName(), p.year(), p.className(),
                    p.groups(), marks, p.movements(), p.amendments()));
        }
        return new DayContent(pupils, day.decisions(), day.kiosks());
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
        SortedSet<LocalDate> changed = new TreeSet<>(days.daysChangedSince(before));
        // A day summarised before it ended can change with no new record: a register taken while a
        // pupil is signed out gets the sign-out's code, one closing with a lunch pass holder still out
        // gets N (docs/domain.md, "The entry as it stands"). Only the newest day can be such a day: a
        // catch-up never makes a day after its own, and each makes the newest again.
        outbox.newest().filter(e -> e.madeAt().isBefore(entries.settledAt(e.key().date())))
                .ifPresent(e -> changed.add(e.key().date()));
        List<Made> made = new ArrayList<>();
        boolean later = false;
        for (LocalDate date : changed) {
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
        DayContent content = contentOf(date);
        String digest = codec.contentDigest(content);
        Optional<OutboxEntry> latest = outbox.latest(date);
        if (latest.isPresent() && latest.get().contentDigest().equals(digest)) {
            return new Made.Unchanged(latest.get());
        }
        int version = latest.map(e -> e.key().version() + 1).orElse(1);
        DailySummary summary = new DailySummary(new SummaryKey(schoolId, kiosk, date, version), now, content,
                chainNow());
        byte[] body = codec.encode(summary);
        return new Made.NewVersion(outbox.append(summary, digest, body, codec.sha256(body)));
    }

    /**
     * The chain as this summary carries it. The earlier head is the one the summary made just before
     * carried, whatever its day: summaries are made in that order, so on a hub holding them all each
     * one's earlier head is the previous one's head, and a chain rewritten in between shows there.
     */
    private SummaryChain chainNow() {
        ChainHead head = chain.head(); // after the content: the head then covers every record the content read
        Optional<String> first = head.seq() == 0 ? Optional.empty() : chain.hashAt(1);
        Optional<SummaryChain.Earlier> earlier = outbox.lastMade().flatMap(e -> codec.chainOf(e.body()))
                .map(h -> new SummaryChain.Earlier(h.seq(), chain.hashAt(h.seq())));
        return new SummaryChain(head, first, earlier);
    }
}
