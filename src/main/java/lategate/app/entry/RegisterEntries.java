package lategate.app.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lategate.app.Claim;
import lategate.app.LateBookEntry;
import lategate.app.PupilRoll;
import lategate.app.RegisterHistory;
import lategate.domain.entry.ClaimStanding;
import lategate.domain.entry.EntryResolution;
import lategate.domain.entry.SessionEntry;
import lategate.domain.entry.SessionEvents;
import lategate.domain.lateness.LateEntry;
import lategate.domain.pupil.Pupil;
import lategate.domain.pupil.RosterPlace;
import lategate.domain.register.Register;
import lategate.domain.register.RegisterRules;
import lategate.domain.school.School;

/**
 * The register as it stands, read from a kiosk's database: every view (the Late Book, the day, the
 * pupil page, the export, the lead's reports, the fire roll, the daily summaries) asks here, and
 * every answer is {@link EntryResolution}'s, made at the clock's now. Nothing else derives an entry.
 */
public final class RegisterEntries implements RegisterHistory {

    private final SessionRecords records;
    private final PupilRoll pupils;
    private final EntryResolution resolution;
    private final RegisterRules rules;
    private final Clock clock;

    public RegisterEntries(School school, SessionRecords records, PupilRoll pupils, Clock clock) {
        Objects.requireNonNull(school, "school");
        this.records = Objects.requireNonNull(records, "records");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = school.registerRules();
        this.resolution = new EntryResolution(rules);
    }

    /** Every entry between two school dates inclusive, by date, pupil id, then morning before afternoon. */
    public List<SessionEntry> between(LocalDate from, LocalDate to) {
        return resolve(records.between(from, to, Optional.empty()));
    }

    /** Every entry of one school day. */
    public List<SessionEntry> on(LocalDate date) {
        return between(date, date);
    }

    /** One pupil's entries between two school dates inclusive. */
    public List<SessionEntry> ofPupil(String pupilId, LocalDate from, LocalDate to) {
        return resolve(records.between(from, to, Optional.of(pupilId)));
    }

    /** One pupil's entry for one session, if anything recorded makes one. */
    public Optional<SessionEntry> of(String pupilId, LocalDate date, Register register) {
        return ofPupil(pupilId, date, date).stream().filter(e -> e.register() == register).findFirst();
    }

    /** The Late Book of one day: every entry that was a late mark, as it stands, in the order pupils came. */
    public List<LateBookEntry> lateBook(LocalDate date) {
        return book(on(date));
    }

    /** Every claim still waiting for a decision, whatever day it was made, oldest first. */
    public List<Claim> openClaims() {
        List<SessionEntry> open = resolve(records.withUndecidedClaims()).stream()
                .filter(e -> e.claim().filter(ClaimStanding::open).isPresent())
                .sorted(Comparator.comparing((SessionEntry e) -> e.claim().orElseThrow().claim().at())).toList();
        return named(open).stream().map(Claim::new).toList();
    }

    /**
     * The entries as the reports count them: the resolution's code and minutes late of each session
     * ({@link EntryResolution#lateEntry}, the same as {@link SessionEntry#asLateEntry} of {@link #between}),
     * from a read of only what decides them.
     */
    @Override
    public List<LateEntry> entriesBetween(LocalDate from, LocalDate to) {
        return resolution.lateEntries(records.forLateEntriesBetween(from, to), clock.instant());
    }

    /** The entries from {@code from} to {@code to} resolved now, once, to ask several questions of. */
    @Override
    public RegisterHistory resolvedBetween(LocalDate from, LocalDate to) {
        return new ResolvedEntries(from, to, entriesBetween(from, to), this);
    }

    @Override
    public List<LateBookEntry> lateBookOf(String pupilId, LocalDate from, LocalDate to) {
        return book(ofPupil(pupilId, from, to));
    }

    @Override
    public List<LateBookEntry> lateBookBetween(LocalDate from, LocalDate to) {
        return book(between(from, to));
    }

    /**
     * From when a day's entries change only by what is recorded, no longer by the clock alone: the end
     * of the school day. Before it, a register may yet be taken while a pupil is signed out, or close
     * while a lunch pass holder is still out; a pupil's own later close never passes the day's end.
     */
    public Instant settledAt(LocalDate date) {
        return date.atTime(rules.timetable().dayEnds()).atZone(rules.zone()).toInstant();
    }

    /** The instant entries are resolved at: a register not yet taken has no entry from a sign-out. */
    public Instant now() {
        return clock.instant();
    }

    private List<SessionEntry> resolve(List<SessionEvents> sessions) {
        Instant now = clock.instant();
        List<SessionEntry> entries = new ArrayList<>();
        for (SessionEvents s : sessions) {
            resolution.resolve(s, now).ifPresent(entries::add);
        }
        return entries;
    }

    private List<LateBookEntry> book(List<SessionEntry> entries) {
        return named(entries.stream().filter(SessionEntry::wasLate)
                .sorted(Comparator.comparing(SessionEntry::at).thenComparing(SessionEntry::pupilId)).toList());
    }

    private List<LateBookEntry> named(List<SessionEntry> entries) {
        Map<String, Pupil> names = pupils.byIds(entries.stream().map(SessionEntry::pupilId)
                .collect(Collectors.toSet()));
        return entries.stream().map(e -> {
            Pupil p = names.get(e.pupilId());
            RosterPlace place = e.placeThen().orElseGet(() -> p == null ? new RosterPlace("", "")
                    : new RosterPlace(p.year(), p.className()));
            return new LateBookEntry(e, p == null ? "" : p.givenName(), p == null ? "" : p.familyName(), place.year(),
                    place.className());
        }).toList();
    }
}
