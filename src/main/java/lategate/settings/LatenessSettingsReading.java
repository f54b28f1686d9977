package lategate.settings;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import lategate.domain.lateness.PenaltyNoticeThreshold;
import lategate.domain.lateness.PersistentLateArrival;
import lategate.domain.lateness.StageCadence;
import lategate.domain.lateness.StageLadder;

/**
 * Reads the optional {@code [thresholds]} and {@code [stages]} tables of a settings file: the penalty
 * notice threshold, persistent late arrival and the ladder of staged letters.
 */
final class LatenessSettingsReading {

    private LatenessSettingsReading() {
    }

    /**
     * The optional [thresholds] table; without it, the national threshold: 10 sessions of
     * unauthorised absence in a rolling 10 school weeks (the national framework for penalty notices in
     * Working together to improve school attendance, 2024), approaching at 8.
     */
    static PenaltyNoticeThreshold penaltyNotice(Section root) {
        PenaltyNoticeThreshold national = PenaltyNoticeThreshold.NATIONAL;
        Optional<Section> table = root.table("thresholds", false);
        if (table.isEmpty()) {
            return national;
        }
        Section t = table.get();
        t.allowOnly(Set.of("penalty_notice_sessions", "penalty_notice_more_than", "penalty_notice_school_weeks",
                "approaching_at",
                "persistent_late_u_marks", "persistent_late_per", "persistent_late_approaching_at",
                "penalty_notice_source", "persistent_late_source"));
        // A policy that says "more than 10" reaches the threshold at 11, and the reports say "more than 10".
        Optional<Long> moreThan = t.integer("penalty_notice_more_than", false, 1, 99);
        if (moreThan.isPresent() && t.has("penalty_notice_sessions")) {
            t.problem("penalty_notice_more_than", "give penalty_notice_sessions (reached at that number) or "
                    + "penalty_notice_more_than (reached one above it), not both");
            return national;
        }
        int sessions;
        if (moreThan.isPresent()) {
            sessions = moreThan.get().intValue() + 1;
        } else {
            sessions = t.integer("penalty_notice_sessions", false, 1, 100).orElse((long) national.sessions()).intValue();
        }
        int weeks = t.integer("penalty_notice_school_weeks", false, 1, 40).orElse((long) national.schoolWeeks())
                .intValue();
        int approaching = t.integer("approaching_at", false, 1, 100).orElse((long) national.approachingAt())
                .intValue();
        if (approaching > sessions) {
            t.problem("approaching_at", "the warning level " + approaching + " is above the threshold " + sessions);
            return national;
        }
        return new PenaltyNoticeThreshold(sessions, weeks, approaching, moreThan.isPresent());
    }

    /**
     * Persistent late arrival after the register closes (the school's policy): only
     * when the school sets a number of U marks, since policies give none.
     */
    static Optional<PersistentLateArrival> persistentLate(Section root) {
        Optional<Section> table = root.table("thresholds", false);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Section t = table.get();
        Optional<Long> marks = t.integer("persistent_late_u_marks", false, 1, 200);
        Optional<String> per = t.string("persistent_late_per", false);
        Optional<Long> approaching = t.integer("persistent_late_approaching_at", false, 1, 200);
        if (marks.isEmpty()) {
            for (String key : List.of("persistent_late_per", "persistent_late_approaching_at")) {
                if (t.has(key)) {
                    t.problem(key, "needs persistent_late_u_marks, the number of U marks that is persistent "
                            + "late arrival, e.g. persistent_late_u_marks = 4");
                }
            }
            return Optional.empty();
        }
        PersistentLateArrival.Span span = PersistentLateArrival.Span.TERM;
        if (per.isPresent()) {
            if (per.get().equals("block")) {
                span = PersistentLateArrival.Span.BLOCK;
            } else if (!per.get().equals("term")) {
                t.problem("persistent_late_per", "'" + per.get() + "' is not \"block\" (a 4-weekly block) or "
                        + "\"term\"");
                return Optional.empty();
            }
        } else {
            t.problem("persistent_late_per", "missing: say whether the U marks are counted per \"block\" (4 "
                    + "school weeks) or per \"term\"");
            return Optional.empty();
        }
        if (approaching.isPresent() && approaching.get() >= marks.get()) {
            t.problem("persistent_late_approaching_at", "the warning level " + approaching.get()
                    + " must be below the threshold " + marks.get());
            return Optional.empty();
        }
        return Optional.of(new PersistentLateArrival(marks.get().intValue(), span,
                approaching.isPresent() ? java.util.OptionalInt.of(approaching.get().intValue())
                        : java.util.OptionalInt.empty()));
    }

    /**
     * The optional [stages] table: the ladder of staged letters (the school's policy), and when it
     * proposes: {@code review = "block"} (the default) or {@code "half-term"}.
     */
    static Optional<StageLadder> stages(Section root) {
        Optional<Section> table = root.table("stages", false);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Section s = table.get();
        s.allowOnly(Set.of("enter_at_late_marks", "review", "source"));
        Optional<Long> enterAt = s.integer("enter_at_late_marks", true, 1, 200);
        StageCadence review = StageCadence.BLOCK;
        Optional<String> given = s.string("review", false);
        if (given.isPresent()) {
            Optional<StageCadence> known = StageCadence.fromSetting(given.get());
            if (known.isEmpty()) {
                s.problem("review", "'" + given.get() + "' is not \"block\" (the ladder proposes at every 4-weekly "
                        + "block's end) or \"half-term\" (only at each half-term's end)");
                return Optional.empty();
            }
            review = known.get();
        }
        return enterAt.isPresent() ? Optional.of(new StageLadder(enterAt.get().intValue(), review)) : Optional.empty();
    }
}
