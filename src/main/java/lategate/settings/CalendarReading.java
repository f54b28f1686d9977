package lategate.settings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lategate.domain.calendar.Closure;
import lategate.domain.calendar.ClosureKind;
import lategate.domain.calendar.SchoolCalendar;
import lategate.domain.calendar.Term;

/** Reads the {@code [calendar]} table of a settings file: the academic year, its terms and closures. */
final class CalendarReading {

    private CalendarReading() {
    }

    /**
     * Checks every term and closure even when something before them is wrong, so one run of
     * {@code config check} lists all of the calendar's problems; builds it only if there were none.
     */
    static Optional<SchoolCalendar> read(Section root, Problems problems) {
        Optional<Section> calendar = root.table("calendar", true);
        if (calendar.isEmpty()) {
            return Optional.empty();
        }
        int problemsBefore = problems.count();
        Optional<SchoolCalendar> year = year(calendar.get(), problems, Set.of("previous_year", "next_year"));
        // The year before, optional: a rolling window of school weeks reaches back into it.
        Optional<Section> previous = calendar.get().table("previous_year", false);
        Optional<SchoolCalendar> before = previous.isPresent() ? year(previous.get(), problems, Set.of()) : Optional.empty();
        if (year.isPresent() && before.isPresent() && !before.get().yearEnds().isBefore(year.get().yearStarts())) {
            previous.get().problem("year_ends", "the previous academic year ends " + before.get().yearEnds()
                    + ", not before this one starts " + year.get().yearStarts());
        }
        // The year after, optional: given ahead of time, the kiosk marks from its first day (docs/rollover.md).
        Optional<Section> next = calendar.get().table("next_year", false);
        Optional<SchoolCalendar> after = next.isPresent() ? year(next.get(), problems, Set.of()) : Optional.empty();
        if (year.isPresent() && after.isPresent() && !after.get().yearStarts().isAfter(year.get().yearEnds())) {
            next.get().problem("year_starts", "the next academic year starts " + after.get().yearStarts()
                    + ", not after this one ends " + year.get().yearEnds());
        }
        if (year.isEmpty() || problems.count() > problemsBefore
                || previous.isPresent() && before.isEmpty() || next.isPresent() && after.isEmpty()) {
            return Optional.empty();
        }
        SchoolCalendar read = year.get();
        if (before.isPresent()) {
            read = read.withPreviousYear(before.get());
        }
        if (after.isPresent()) {
            read = read.withNextYear(after.get());
        }
        return Optional.of(read);
    }

    /** One academic year's table: [calendar], the year before it, [calendar.previous_year], or the year after, [calendar.next_year]. */
    private static Optional<SchoolCalendar> year(Section c, Problems problems, Set<String> alsoAllowed) {
        int problemsBefore = problems.count();
        Set<String> allowed = new java.util.HashSet<>(Set.of("year_starts", "year_ends", "terms", "closures"));
        allowed.addAll(alsoAllowed);
        c.allowOnly(allowed);
        Optional<LocalDate> starts = c.date("year_starts", true);
        Optional<LocalDate> ends = c.date("year_ends", true);
        boolean yearIsValid = starts.isPresent() && ends.isPresent() && ends.get().isAfter(starts.get());
        if (starts.isPresent() && ends.isPresent() && !yearIsValid) {
            c.problem("year_ends", "the academic year ends " + ends.get() + ", before it starts " + starts.get());
        }
        List<Term> terms = terms(problems, c, yearIsValid ? starts : Optional.empty(), ends);
        List<Closure> closures = closures(c, terms);
        if (!yearIsValid || problems.count() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new SchoolCalendar(starts.get(), ends.get(), terms, closures));
    }

    /**
     * Every term whose dates can be read, even one with another problem (no name, outside the
     * academic year): the closures are checked against all of them, so a term with a wrong
     * value does not also make its closures "not inside any term".
     *
     * @param yearStarts empty when the academic year itself is wrong: then no term can be
     *                   said to be outside it
     */
    private static List<Term> terms(Problems problems, Section c, Optional<LocalDate> yearStarts, Optional<LocalDate> yearEnds) {
        List<Term> terms = new ArrayList<>();
        List<Section> termSections = c.tables("terms");
        if (termSections.isEmpty()) {
            problems.add(c.line(), c.path() + ".terms", "no terms: add at least one [[" + c.path()
                    + ".terms]] with name, starts and ends");
        }
        for (Section t : termSections) {
            t.allowOnly(Set.of("name", "starts", "ends"));
            Optional<String> name = t.string("name", true);
            Optional<LocalDate> from = t.date("starts", true);
            Optional<LocalDate> to = t.date("ends", true);
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            if (to.get().isBefore(from.get())) {
                t.problem("ends", "the term ends " + to.get() + ", before it starts " + from.get());
                continue;
            }
            if (yearStarts.isPresent() && yearEnds.isPresent()
                    && (from.get().isBefore(yearStarts.get()) || to.get().isAfter(yearEnds.get()))) {
                t.problem(from.get().isBefore(yearStarts.get()) ? "starts" : "ends", "the term " + from.get()
                        + " to " + to.get() + " is not inside the academic year " + yearStarts.get() + " to "
                        + yearEnds.get());
            }
            Term term = new Term(name.orElse(t.path()), from.get(), to.get());
            for (Term other : terms) {
                if (term.overlaps(other)) {
                    t.problem("starts", "the term '" + term.name() + "' overlaps the term '" + other.name() + "' ("
                            + other.starts() + " to " + other.ends() + ")");
                    break;
                }
            }
            terms.add(term);
        }
        return terms;
    }

    private static List<Closure> closures(Section c, List<Term> terms) {
        List<Closure> closures = new ArrayList<>();
        for (Section cl : c.tables("closures")) {
            cl.allowOnly(Set.of("name", "kind", "starts", "ends"));
            Optional<String> name = cl.string("name", true);
            Optional<String> kindWritten = cl.string("kind", true);
            Optional<ClosureKind> kind = kindWritten.isPresent() ? closureKind(cl, kindWritten.get()) : Optional.empty();
            Optional<LocalDate> from = cl.date("starts", true);
            Optional<LocalDate> to = cl.has("ends") ? cl.date("ends", true) : from;
            if (from.isEmpty() || to.isEmpty()) {
                continue;
            }
            if (to.get().isBefore(from.get())) {
                cl.problem("ends", "the closure ends " + to.get() + ", before it starts " + from.get());
                continue;
            }
            boolean inATerm = false;
            for (Term t : terms) {
                inATerm |= t.covers(from.get()) || t.covers(to.get());
            }
            if (!inATerm && !terms.isEmpty()) {
                cl.problem("starts", "the closure " + from.get() + " to " + to.get()
                        + " is not inside any term: check the dates (days between terms are already holidays)");
                continue;
            }
            if (name.isPresent() && kind.isPresent()) {
                closures.add(new Closure(name.get(), kind.get(), from.get(), to.get()));
            }
        }
        return closures;
    }

    private static Optional<ClosureKind> closureKind(Section s, String kind) {
        for (ClosureKind k : ClosureKind.values()) {
            if (k.name().toLowerCase().equals(kind)) {
                return Optional.of(k);
            }
        }
        s.problem("kind", "'" + kind + "' is not a kind of closure; use holiday, inset, bank_holiday or closure");
        return Optional.empty();
    }
}
