package lategate.domain.register;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * One rule of the register, as a named value: it either decides an arrival, with a sentence
 * that says why, or passes to the next rule. {@link RegisterRules} asks them in order.
 */
public sealed interface ArrivalRule {

    /** The rule in words, e.g. "after the register closes". */
    String name();

    /** Where the rule comes from. */
    String basis();

    Optional<Classification> decide(ArrivalFacts facts);

    DateTimeFormatter DAY = TimeWords.DAY;
    DateTimeFormatter CLOCK = TimeWords.CLOCK;
    DateTimeFormatter CLOCK_SECONDS = TimeWords.CLOCK_SECONDS;

    /** A day the calendar says is closed: weekend, holiday, INSET, '#' closure. */
    record NotASchoolDay() implements ArrivalRule {
        @Override
        public String name() {
            return "not a school day";
        }

        @Override
        public String basis() {
            return "the school calendar: closed days are not school days (docs/domain.md, 'Register windows')";
        }

        @Override
        public Optional<Classification> decide(ArrivalFacts facts) {
            if (facts.day().isSchoolDay()) {
                return Optional.empty();
            }
            return Optional.of(noMark(facts, name(), DAY.format(facts.date()) + " is not a school day ("
                    + facts.day().describe() + ")"));
        }
    }

    /** After the end of the school day nothing is marked. */
    record AfterTheSchoolDay() implements ArrivalRule {
        @Override
        public String name() {
            return "after the school day";
        }

        @Override
        public String basis() {
            return "the school's setting day.ends";
        }

        @Override
        public Optional<Classification> decide(ArrivalFacts facts) {
            LocalTime ends = facts.timetable().dayEnds();
            if (facts.time().isBefore(ends)) {
                return Optional.empty();
            }
            return Optional.of(noMark(facts, name(), "Arrived " + CLOCK_SECONDS.format(facts.time()) + " on "
                    + DAY.format(facts.date()) + ", after the school day ended at " + CLOCK.format(ends)));
        }
    }

    /** Present when the register begins to be taken: on time (2024 Regulations, reg. 10 Table 1). */
    record BeforeRegisterTaken() implements ArrivalRule {
        @Override
        public String name() {
            return "before the register is taken";
        }

        @Override
        public String basis() {
            return "present when the register begins to be taken (2024 Regulations, reg. 10)";
        }

        @Override
        public Optional<Classification> decide(ArrivalFacts facts) {
            RegisterWindow window = facts.window();
            if (!facts.time().isBefore(window.taken())) {
                return Optional.empty();
            }
            String why = "Arrived " + CLOCK_SECONDS.format(facts.time()) + " on " + DAY.format(facts.date())
                    + ", before the " + window.register().words() + " register was taken at "
                    + CLOCK.format(window.taken()) + " (" + facts.citation() + "): on time, no late mark.";
            return Optional.of(new Classification(Mark.ON_TIME, Optional.of(window.register()), 0,
                    facts.arrivedAt(), name(), why, Optional.empty()));
        }
    }

    /**
     * Present before the register is taken, but after the time the school asks pupils to be in by:
     * still on time for the register (2024 Regulations, reg. 10), and the words say the school asked
     * for earlier, citing the school's own section.
     */
    record AfterTheTimeAskedForBeforeRegisterTaken() implements ArrivalRule {
        @Override
        public String name() {
            return "after the time the school asks for, before the register is taken";
        }

        @Override
        public String basis() {
            return "present when the register begins to be taken (2024 Regulations, reg. 10); the time asked for "
                    + "is the school's setting registers.*.asked_by";
        }

        @Override
        public Optional<Classification> decide(ArrivalFacts facts) {
            RegisterWindow window = facts.window();
            if (window.askedBy().isEmpty() || facts.time().isBefore(window.askedBy().get())
                    || !facts.time().isBefore(window.taken())) {
                return Optional.empty();
            }
            String why = "Arrived " + CLOCK_SECONDS.format(facts.time()) + " on " + DAY.format(facts.date())
                    + ", before the " + window.register().words() + " register was taken at "
                    + CLOCK.format(window.taken()) + ": on time for the register, after the "
                    + CLOCK.format(window.askedBy().get()) + " the school asks for (" + facts.citation()
                    + "). No late mark.";
            return Optional.of(new Classification(Mark.ON_TIME, Optional.of(window.register()), 0,
                    facts.arrivedAt(), name(), why, Optional.empty()));
        }
    }

    /** Absent when the register is taken but here before it closes: L, counted present. */
    record LateBeforeRegisterCloses() implements ArrivalRule {
        @Override
        public String name() {
            return "late before the register closes";
        }

        @Override
        public String basis() {
            return "code L: arrived after the register was taken, before it closed (2024 Regulations, reg. 10)";
        }

        @Override
        public Optional<Classification> decide(ArrivalFacts facts) {
            if (!facts.time().isBefore(facts.unauthorisedFrom())) {
                return Optional.empty();
            }
            // Within the grace the register has already closed: the words must not say "before it closed".
            String againstClose = facts.time().isBefore(facts.closes())
                    ? " and before " + closeInWords(facts)
                    : ", after " + closeInWords(facts) + " but within " + graceInWords(facts);
            return Optional.of(late(facts, Mark.L, name(), againstClose, "late, mark L, which counts as present"));
        }
    }

    /** Here only after the register closed: U, an unauthorised absence for the whole session. */
    record AfterRegisterCloses() implements ArrivalRule {
        @Override
        public String name() {
            return "after the register closes";
        }

        @Override
        public String basis() {
            return "code U: arrived in school after registers closed (the 2024 regulations)";
        }

        @Override
        public Optional<Classification> decide(ArrivalFacts facts) {
            String againstClose = facts.grace().isZero()
                    ? ", at or after " + closeInWords(facts)
                    : ", after " + closeInWords(facts) + " and after " + graceInWords(facts) + " had ended";
            return Optional.of(late(facts, Mark.U, name(), againstClose,
                    "mark U, an unauthorised absence for the " + facts.window().register().words() + " session"));
        }
    }

    /** No register to mark, and why. */
    private static Classification noMark(ArrivalFacts facts, String rule, String why) {
        return new Classification(Mark.NONE, Optional.empty(), 0, facts.arrivedAt(), rule,
                why + ", so there is no register to mark.", Optional.empty());
    }

    /** A late mark and its sentence: when, how long after the register was taken, against which close. */
    private static Classification late(ArrivalFacts facts, Mark mark, String rule, String againstClose, String verdict) {
        RegisterWindow window = facts.window();
        long minutes = facts.minutesLate();
        String why = "Arrived " + CLOCK_SECONDS.format(facts.time()) + " on " + DAY.format(facts.date()) + ", "
                + minutesAfter(minutes) + " the " + window.register().words() + " register was taken at "
                + CLOCK.format(window.taken()) + againstClose
                + " (" + facts.citation() + "): " + verdict + ".";
        return new Classification(mark, Optional.of(window.register()), minutes, facts.arrivedAt(), rule, why,
                facts.ownCutOffApplies() ? facts.cutOff() : Optional.empty());
    }

    private static String minutesAfter(long minutes) {
        if (minutes == 0) {
            return "less than a minute after";
        }
        return minutes + (minutes == 1 ? " minute" : " minutes") + " after";
    }

    /** "it closed at 09:10", or the pupil's own cut-off in words. */
    private static String closeInWords(ArrivalFacts facts) {
        if (facts.ownCutOffApplies()) {
            PupilCutOff cutOff = facts.cutOff().get();
            return "this pupil's own cut-off at " + CLOCK.format(cutOff.closes()) + " (" + cutOff.reason()
                    + "; the register closes at " + CLOCK.format(facts.window().closes()) + " for others)";
        }
        return "it closed at " + CLOCK.format(facts.closes());
    }

    /** "the 5 minutes' grace until 09:15": only called when the school gives a grace. */
    private static String graceInWords(ArrivalFacts facts) {
        long minutes = facts.grace().toMinutes();
        return "the " + minutes + (minutes == 1 ? " minute's" : " minutes'") + " grace until "
                + CLOCK.format(facts.unauthorisedFrom());
    }
}
