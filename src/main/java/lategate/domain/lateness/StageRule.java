package lategate.domain.lateness;

import java.util.Optional;

/**
 * One rule of the stage ladder as a named value: it decides a pupil's proposed stage at the end
 * of a block, with a sentence saying why, or passes to the next rule. {@link StageLadder} asks
 * them in order. "No improvement" and "a decline" are judged against the previous block; a pupil
 * under the entry level is never moved up for it, since the policy's ladder is for pupils whose
 * lateness is "causing concern".
 */
public sealed interface StageRule {

    String name();

    String basis();

    Optional<StageProposal> decide(StageFacts facts, int enterAt);

    private static String marks(int n) {
        return n == 1 ? "1 late mark" : n + " late marks";
    }

    private static String thisAndLast(StageFacts f) {
        return marks(f.lateMarks()) + " in " + f.period() + " against " + f.previousLateMarks() + " in "
                + f.previousPeriod();
    }

    /** Off the ladder, at or over the entry level: stage 1. */
    record EntersStageOne() implements StageRule {
        @Override
        public String name() {
            return "enters stage 1";
        }

        @Override
        public String basis() {
            return "the school's stage ladder, Stage 1: a letter when lateness reaches the entry level, the school's "
                    + "setting [stages] enter_at_late_marks";
        }

        @Override
        public Optional<StageProposal> decide(StageFacts f, int enterAt) {
            if (f.from().onLadder() || f.lateMarks() < enterAt) {
                return Optional.empty();
            }
            return Optional.of(new StageProposal(f, new Stage(1), name(), basis(), marks(f.lateMarks())
                    + " in " + f.period() + " reaches the entry level of " + enterAt
                    + ": stage 1 letter"));
        }
    }

    /** Off the ladder and under the entry level: nothing to propose. */
    record StaysOffTheLadder() implements StageRule {
        @Override
        public String name() {
            return "stays off the ladder";
        }

        @Override
        public String basis() {
            return "the school's stage ladder: the stages are for pupils whose lateness is causing concern";
        }

        @Override
        public Optional<StageProposal> decide(StageFacts f, int enterAt) {
            if (f.from().onLadder()) {
                return Optional.empty();
            }
            return Optional.of(new StageProposal(f, Stage.NONE, name(), basis(), marks(f.lateMarks())
                    + " in " + f.period() + " is under the entry level of " + enterAt));
        }
    }

    /** On the ladder, under the entry level and no worse than before: one stage down, a positive letter. */
    record ImprovedBelowTheEntryLevel() implements StageRule {
        @Override
        public String name() {
            return "improved below the entry level";
        }

        @Override
        public String basis() {
            return "the school's stage ladder, on the way down: each stage lower (5-4-3-2-1) is commended with a "
                    + "positive letter";
        }

        @Override
        public Optional<StageProposal> decide(StageFacts f, int enterAt) {
            if (f.lateMarks() >= enterAt || f.worse()) {
                return Optional.empty();
            }
            Stage to = f.from().down();
            return Optional.of(new StageProposal(f, to, name(), basis(), thisAndLast(f) + ", under the entry level "
                    + "of " + enterAt + ": down from " + f.from().words() + " to " + to.words()
                    + ", with a positive letter"));
        }
    }

    /** On the ladder, under the entry level but worse than before: held where they are. */
    record WorseButUnderTheEntryLevel() implements StageRule {
        @Override
        public String name() {
            return "worse but under the entry level";
        }

        @Override
        public String basis() {
            return "the school's stage ladder: a move up needs lateness still causing concern; a move down needs "
                    + "improvement";
        }

        @Override
        public Optional<StageProposal> decide(StageFacts f, int enterAt) {
            if (f.lateMarks() >= enterAt) {
                return Optional.empty();
            }
            return Optional.of(new StageProposal(f, f.from(), name(), basis(), thisAndLast(f) + " is worse, but "
                    + "under the entry level of " + enterAt + ": stays at " + f.from().words()));
        }
    }

    /** On the ladder, still at or over the entry level, but fewer than before: held where they are. */
    record ImprovingButStillOver() implements StageRule {
        @Override
        public String name() {
            return "improving but still over the entry level";
        }

        @Override
        public String basis() {
            return "the school's stage ladder, Stages 2-3: a move up is for no improvement or a decline";
        }

        @Override
        public Optional<StageProposal> decide(StageFacts f, int enterAt) {
            if (!f.improved()) {
                return Optional.empty();
            }
            return Optional.of(new StageProposal(f, f.from(), name(), basis(), thisAndLast(f) + " is an "
                    + "improvement, but still at or over the entry level of " + enterAt + ": stays at "
                    + f.from().words()));
        }
    }

    /** On the ladder, at or over the entry level, and no better: one stage up, to 5 at most. */
    record NoImprovementOrDecline() implements StageRule {
        @Override
        public String name() {
            return "no improvement or a decline";
        }

        @Override
        public String basis() {
            return "the school's stage ladder, Stages 2-5: no improvement or a decline moves a pupil to the next "
                    + "stage; Stage 5 is the last";
        }

        @Override
        public Optional<StageProposal> decide(StageFacts f, int enterAt) {
            if (f.from().isHighest()) {
                return Optional.of(new StageProposal(f, f.from(), name(), basis(), thisAndLast(f)
                        + " is no improvement: stays at stage " + Stage.HIGHEST + ", the highest"));
            }
            Stage to = f.from().up();
            return Optional.of(new StageProposal(f, to, name(), basis(), thisAndLast(f) + " is "
                    + (f.worse() ? "a decline" : "no improvement") + ": up from " + f.from().words() + " to "
                    + to.words()));
        }
    }
}
