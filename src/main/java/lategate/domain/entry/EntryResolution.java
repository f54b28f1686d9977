package lategate.domain.entry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import lategate.domain.audit.Amendment;
import lategate.domain.clock.ReviewFlag;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.lateness.LateEntry;
import lategate.domain.movement.Movement;
import lategate.domain.register.PupilCutOff;
import lategate.domain.register.ReasonStatus;
import lategate.domain.register.RecordedArrival;
import lategate.domain.register.RegisterRules;
import lategate.domain.register.RegisterWindow;
import lategate.domain.register.TimeWords;

/**
 * The one resolution of a pupil's session: everything recorded for it, in order, to the entry as
 * it stands (docs/domain.md, "The entry as it stands"). The first scan makes the entry unless a sign-out
 * or a lunchtime pass was in force when the register was taken ({@link #FIRST_ENTRY_RULES}); then
 * a claimed reason and its one decision, and amendments in the order made: the latest change
 * stands, and the original is kept beside it (the 2024 regulations).
 *
 * <p>Pure: it reads no clock; {@code now} is the instant the entry is asked for.
 */
public final class EntryResolution {

    /** In order: the first that decides makes the entry. */
    public static final List<FirstEntryRule> FIRST_ENTRY_RULES = List.of(
            new FirstEntryRule.SignedOutWhenTaken(),
            new FirstEntryRule.OutOnLunchPass(),
            new FirstEntryRule.OwnArrival());

    private final RegisterRules rules;

    public EntryResolution(RegisterRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The entry as it stands at {@code now}, or nothing when nothing recorded makes one yet. */
    public Optional<SessionEntry> resolve(SessionEvents events, Instant now) {
        if (events.firstScan().isEmpty() && events.dayMovements().isEmpty() && events.amendments().isEmpty()) {
            return Optional.empty(); // nothing the pupil or staff did makes an entry: the common afternoon
        }
        SessionFacts facts = facts(events, now);
        Optional<FirstEntry> first = firstEntry(facts);
        if (first.isEmpty() && events.amendments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resolving(facts, first).entry());
    }

    /**
     * The entry as it stands at {@code now} as the lateness reports count it: {@link #resolve}'s code and
     * minutes late ({@link SessionEntry#asLateEntry}), made by the same rules and the same changes in the
     * same order, without the entry's words. These read only the first scan's time, mark and minutes,
     * the day's movements, the pupil's cut-offs, the reasons of a claim with a decision, decisions and
     * amendments: a store reading for the reports may leave out every other record and word.
     */
    public Optional<LateEntry> lateEntry(SessionEvents events, Instant now) {
        if (events.firstScan().isEmpty() && events.dayMovements().isEmpty() && events.amendments().isEmpty()) {
            return Optional.empty();
        }
        return lateEntry(facts(events, now));
    }

    /**
     * {@link #lateEntry} of each session, in order, for a report's many sessions: when a register is taken
     * and from when it is U are worked out once a day and register ({@link #facts}, kept for the sessions
     * of pupils with no cut-off of their own, whose times are the register's), not once a session.
     */
    public List<LateEntry> lateEntries(List<SessionEvents> sessions, Instant now) {
        Map<LocalDate, SessionFacts[]> registersTimes = new HashMap<>();
        List<LateEntry> entries = new ArrayList<>();
        for (SessionEvents events : sessions) {
            if (events.firstScan().isEmpty() && events.dayMovements().isEmpty() && events.amendments().isEmpty()) {
                continue;
            }
            SessionFacts facts;
            if (events.cutOffs().isEmpty()) {
                SessionFacts[] day = registersTimes.computeIfAbsent(events.date(), d -> new SessionFacts[2]);
                SessionFacts times = day[events.register().ordinal()];
                if (times == null) {
                    facts = facts(events, now);
                    day[events.register().ordinal()] = facts;
                } else {
                    facts = new SessionFacts(events, times.taken(), times.unauthorisedFrom(), now, rules);
                }
            } else {
                facts = facts(events, now);
            }
            lateEntry(facts).ifPresent(entries::add);
        }
        return entries;
    }

    private Optional<LateEntry> lateEntry(SessionFacts facts) {
        SessionEvents events = facts.events();
        Optional<FirstEntry> first = firstEntry(facts);
        if (first.isEmpty() && events.amendments().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Resolving(facts, first).lateEntry());
    }

    /** The first entry rule that decides, in order. A loop: a year's report resolves tens of thousands. */
    private static Optional<FirstEntry> firstEntry(SessionFacts facts) {
        for (FirstEntryRule rule : FIRST_ENTRY_RULES) {
            Optional<FirstEntry> first = rule.decide(facts);
            if (first.isPresent()) {
                return first;
            }
        }
        return Optional.empty();
    }

    /** The times the rules need for this session: when the register is taken, and from when it is U. */
    public SessionFacts facts(SessionEvents events, Instant now) {
        RegisterWindow window = rules.timetable().window(events.register());
        LocalTime closes = events.cutOffs().isEmpty() ? window.closes() : events.cutOffs().stream()
                .filter(c -> c.register() == events.register() && c.appliesOn(events.date()))
                .max(Comparator.comparing(PupilCutOff::from).thenComparing(PupilCutOff::closes))
                .map(PupilCutOff::closes).orElse(window.closes());
        Instant taken = events.date().atTime(window.taken()).atZone(rules.zone()).toInstant();
        Instant uFrom = events.date().atTime(closes).plus(rules.timetable().graceAfterClose())
                .atZone(rules.zone()).toInstant();
        return new SessionFacts(events, taken, uFrom, now, rules);
    }

    /** One session being resolved: the first entry, then every later change in the order made. */
    private static final class Resolving {
        private final SessionFacts facts;
        private final SessionEvents events;
        private final Optional<FirstEntry> first;

        Resolving(SessionFacts facts, Optional<FirstEntry> first) {
            this.facts = facts;
            this.events = facts.events();
            this.first = first;
        }

        /** The code as first made. */
        private AttendanceCode original() {
            return first.map(FirstEntry::code).orElseGet(() -> events.amendments().get(0).original());
        }

        /** The code as it stands after every change in the order made, and the latest change. */
        private record Standing(AttendanceCode code, Optional<EntryChange> change) {
        }

        private Standing standing(AttendanceCode original, Optional<ClaimStanding> claim) {
            AttendanceCode code = original;
            Optional<EntryChange> change = Optional.empty();
            for (Change c : changes(claim)) {
                if (c.decision().isPresent()) {
                    ClaimDecision d = c.decision().get();
                    AttendanceCode claims = claim.orElseThrow().claim().claims().orElseThrow();
                    if (d.verdict() == ClaimDecision.Verdict.CONFIRMED && code != claims) {
                        change = Optional.of(new EntryChange(EntrySource.CLAIM, code, claims, d.at(), d.by(), d.why(),
                                Optional.empty()));
                        code = claims;
                    }
                } else {
                    Amendment a = c.amendment().orElseThrow();
                    change = Optional.of(new EntryChange(EntrySource.AMENDMENT, code, a.amended(), a.at(), a.by(),
                            a.reason(), a.lateReason()));
                    code = a.amended();
                }
            }
            return new Standing(code, change);
        }

        /** The code and minutes late of {@link #entry()}, by the same steps, without its words. */
        LateEntry lateEntry() {
            AttendanceCode standing = standing(original(), claim()).code();
            return new LateEntry(events.pupilId(), events.date(), events.register(), standing,
                    late(standing) ? minutesLate(events.firstScan()) : 0);
        }

        SessionEntry entry() {
            Optional<RecordedArrival> arrival = events.firstScan();
            Optional<ClaimStanding> claim = claim();
            AttendanceCode original = original();
            EntrySource originalSource = first.map(FirstEntry::source).orElse(EntrySource.AMENDMENT);
            Instant at = first.map(FirstEntry::at).orElseGet(() -> events.amendments().get(0).at());

            Standing stands = standing(original, claim);
            AttendanceCode code = stands.code();
            Optional<EntryChange> change = stands.change();
            EntrySource source = change.map(EntryChange::how).orElse(originalSource);

            AttendanceCode standing = code;
            OptionalLong minutes = late(standing) ? OptionalLong.of(minutesLate(arrival)) : OptionalLong.empty();
            // What the pupil was told goes with the mark they were told it for: not after a change.
            Optional<String> consequence = arrival.filter(a -> originalSource == EntrySource.ARRIVAL
                    && a.mark().isLate() && a.mark().code(a.register()) == standing)
                    .flatMap(RecordedArrival::consequence);
            Reason reason = reason(claim);
            return new SessionEntry(events.pupilId(), events.date(), events.register(), code, minutes,
                    reason.words(), reason.status(), consequence, source, original, originalSource, at,
                    first.map(FirstEntry::words).orElseGet(() -> "entered by amendment: " + events.amendments().get(0)
                            .reason()),
                    first.map(FirstEntry::recordedBy).orElseGet(() -> events.amendments().get(0).by().toString()),
                    change, arrival, events.repeats(), claim,
                    arrival.map(a -> ReviewFlag.on(a.recordedBy())).orElse(false), events.placeThen(),
                    new EntryHistory(() -> history(original, at, claim)));
        }

        /** The session's records in words, in time order: written only when someone reads them. */
        private List<EntryStep> history(AttendanceCode original, Instant at, Optional<ClaimStanding> claim) {
            List<EntryStep> history = new ArrayList<>();
            first.ifPresent(f -> history.add(new EntryStep(f.at(), f.words())));
            if (first.isEmpty()) {
                events.firstScan().ifPresent(a -> history.add(new EntryStep(a.arrivedAt(), "scanned in at "
                        + clock(a.arrivedAt()) + " (no entry of its own)")));
            }
            if (events.repeats() > 0) {
                history.add(new EntryStep(at, "scanned again " + events.repeats()
                        + (events.repeats() == 1 ? " time" : " times") + ", never a second mark"));
            }
            for (Movement m : events.dayMovements()) {
                history.add(new EntryStep(m.at(), movementWords(m)));
            }
            for (ReasonRecord r : events.reasons()) {
                history.add(new EntryStep(r.at(), "reason: " + r.label() + " (" + r.status().id().replace('_', ' ')
                        + ", recorded by " + r.recordedBy() + ")"));
            }
            AttendanceCode code = original;
            for (Change c : changes(claim)) {
                if (c.decision().isPresent()) {
                    ClaimDecision d = c.decision().get();
                    AttendanceCode claims = claim.orElseThrow().claim().claims().orElseThrow();
                    if (d.verdict() == ClaimDecision.Verdict.CONFIRMED && code != claims) {
                        history.add(new EntryStep(d.at(), "claim confirmed by " + d.by() + ": " + code.code() + " → "
                                + claims.code() + " (" + d.why() + ")"));
                        code = claims;
                    } else {
                        history.add(new EntryStep(d.at(), "claim " + d.verdict().id() + " by " + d.by() + ": "
                                + d.why() + "; the entry stays " + code.code()));
                    }
                } else {
                    Amendment a = c.amendment().orElseThrow();
                    history.add(new EntryStep(a.at(), "amended " + code.code() + " → " + a.amended().code() + " by "
                            + a.by() + ": " + a.reason() + a.lateReason().map(r -> " (late reason: " + r + ")")
                            .orElse("")));
                    code = a.amended();
                }
            }
            history.sort(Comparator.comparing(EntryStep::at));
            return history;
        }

        /** Minutes from when the register was taken: the first entry's, else the pupil's scan's. */
        private long minutesLate(Optional<RecordedArrival> arrival) {
            if (first.isPresent() && first.get().minutesLate().isPresent()) {
                return first.get().minutesLate().getAsLong();
            }
            return arrival.map(RecordedArrival::minutesLate).orElse(0L);
        }

        /** The pupil's latest reason, when it is a claim, and where it stands. */
        private Optional<ClaimStanding> claim() {
            if (events.reasons().isEmpty()) {
                return Optional.empty();
            }
            ReasonRecord latest = events.reasons().get(events.reasons().size() - 1);
            if (!latest.isClaim()) {
                return Optional.empty();
            }
            Optional<ClaimDecision> decision = events.decisions().stream()
                    .filter(d -> d.reasonId() == latest.id()).min(Comparator.comparing(ClaimDecision::at));
            if (decision.isPresent()) {
                return Optional.of(new ClaimStanding(latest, decision.get().verdict() == ClaimDecision.Verdict.CONFIRMED
                        ? ClaimStanding.State.CONFIRMED : ClaimStanding.State.REFUSED, decision));
            }
            boolean amendedSince = events.amendments().stream().anyMatch(a -> !a.at().isBefore(latest.at()));
            return Optional.of(new ClaimStanding(latest, amendedSince ? ClaimStanding.State.SETTLED_BY_AMENDMENT
                    : ClaimStanding.State.OPEN, Optional.empty()));
        }

        /** A decision on the claim or an amendment: the changes, in the order they were made. */
        private record Change(Instant at, Optional<ClaimDecision> decision, Optional<Amendment> amendment) {
        }

        private List<Change> changes(Optional<ClaimStanding> claim) {
            List<Change> changes = new ArrayList<>();
            claim.flatMap(ClaimStanding::decision).ifPresent(d -> changes.add(new Change(d.at(), Optional.of(d),
                    Optional.empty())));
            for (Amendment a : events.amendments()) {
                changes.add(new Change(a.at(), Optional.empty(), Optional.of(a)));
            }
            changes.sort(Comparator.comparing(Change::at)); // stable: amendments keep their recorded order
            return changes;
        }

        private record Reason(Optional<String> words, Optional<ReasonStatus> status) {
        }

        /**
         * The reason as it stands: the latest of the pupil's reasons and the late reasons staff set
         * with an amendment; a claim says where it stands. A sign-out or a return from lunch with no
         * reason of the pupil's gives its own.
         */
        private Reason reason(Optional<ClaimStanding> claim) {
            Optional<ReasonRecord> pupils = events.reasons().isEmpty() ? Optional.empty()
                    : Optional.of(events.reasons().get(events.reasons().size() - 1));
            Optional<Amendment> staffs = events.amendments().stream().filter(a -> a.lateReason().isPresent())
                    .reduce((x, y) -> y);
            if (staffs.isPresent() && (pupils.isEmpty() || !staffs.get().at().isBefore(pupils.get().at()))) {
                return new Reason(staffs.get().lateReason(), Optional.of(ReasonStatus.GIVEN));
            }
            if (pupils.isEmpty()) {
                return new Reason(first.flatMap(FirstEntry::reason), Optional.empty());
            }
            ReasonRecord r = pupils.get();
            if (claim.isEmpty()) {
                return new Reason(Optional.of(r.label()), Optional.of(r.status()));
            }
            ClaimStanding c = claim.get();
            return switch (c.state()) {
                case OPEN, SETTLED_BY_AMENDMENT -> new Reason(Optional.of(r.label()), Optional.of(r.status()));
                case CONFIRMED -> new Reason(Optional.of(r.label() + " (claim confirmed: " + c.decision().get().why()
                        + ")"), Optional.of(ReasonStatus.CONFIRMED));
                case REFUSED -> new Reason(Optional.of(r.label() + " (claim refused: " + c.decision().get().why()
                        + ")"), Optional.of(ReasonStatus.REFUSED));
            };
        }

        private String movementWords(Movement m) {
            if (m instanceof Movement.SignedOut out) {
                return "signed out at " + clock(out.at()) + (out.lunchPass() ? " on a lunchtime pass" : " ("
                        + out.code().code() + ", " + out.reason() + ")") + ", collected by "
                        + out.collection().collectorName() + " (" + out.collection().relationship() + ")";
            }
            return "signed back in at " + clock(m.at());
        }

        private String clock(Instant at) {
            return TimeWords.CLOCK.format(at.atZone(facts.zone()));
        }

        private static boolean late(AttendanceCode code) {
            return code == AttendanceCode.L || code == AttendanceCode.U;
        }
    }
}
