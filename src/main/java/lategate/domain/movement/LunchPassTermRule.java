package lategate.domain.movement;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.calendar.Term;

/**
 * Lunchtime passes are renewed each term (the school's policy): a pass runs to the end of the
 * term it starts in at most. A pass that starts in a holiday belongs to the next term; a pass
 * with no last day runs to the end of its term. A pass asked for past the end of its term is
 * refused, never cut short without a word, so the office renews it next term.
 *
 * @param citation how messages cite the school's policy on passes, e.g. "§10"
 */
public record LunchPassTermRule(String citation) {

    public LunchPassTermRule {
        Objects.requireNonNull(citation, "citation");
    }

    /** What the rule makes of a pass asked for: the days it runs, or why it is refused. */
    public sealed interface Outcome permits Runs, Refused {
    }

    /**
     * The pass runs from its first day to {@code lastDay}, inside {@code term}.
     *
     * @param toEndOfTerm true when no last day was asked for and the pass runs to the end of its term
     */
    public record Runs(LocalDate lastDay, Term term, boolean toEndOfTerm) implements Outcome {
    }

    public record Refused(String why) implements Outcome {
    }

    public Outcome decide(SchoolCalendar calendar, LocalDate from, Optional<LocalDate> to) {
        Optional<Term> term = termOf(calendar, from);
        if (term.isEmpty()) {
            return new Refused("the school's calendar has no term on or after " + from + ": lunchtime passes are "
                    + "renewed each term (" + citation + "), so a pass starts in a term the calendar holds");
        }
        Term t = term.get();
        if (to.isEmpty()) {
            return new Runs(t.ends(), t, true);
        }
        if (to.get().isAfter(t.ends())) {
            return new Refused("a pass from " + from + " runs to the end of the " + t.name() + ", " + t.ends()
                    + ", at most, not to " + to.get() + ": lunchtime passes are renewed each term (" + citation
                    + "); grant it to " + t.ends() + " and renew it next term");
        }
        return new Runs(to.get(), t, false);
    }

    /** The term a pass starting on {@code from} belongs to: the one covering it, or else the next. */
    static Optional<Term> termOf(SchoolCalendar calendar, LocalDate from) {
        return calendar.terms().stream().filter(t -> !t.ends().isBefore(from))
                .min(Comparator.comparing(Term::starts));
    }
}
