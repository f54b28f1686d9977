package lategate.letters;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lategate.app.lateness.BlockSpan;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.StageDecision;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;

/** The fields a letter template may use, and their values for one decided stage change. */
final class LetterFields {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** Every field, with what it holds, for the README and for messages. */
    public static final Map<String, String> DESCRIBED = describe();

    private LetterFields() {
    }

    private static Map<String, String> describe() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put("school_name", "the school's name");
        d.put("date", "the date the letters were made, e.g. 27 November 2026");
        d.put("parent_name", "the first adult on the pupil's contacts not marked do not release, or \"Parent/Carer\"");
        d.put("pupil_id", "the pupil's id");
        d.put("given_name", "the pupil's given name");
        d.put("family_name", "the pupil's family name");
        d.put("full_name", "given and family name");
        d.put("year", "year group");
        d.put("class", "class");
        d.put("block", "the block's number");
        d.put("first_week", "its first school week");
        d.put("last_week", "its last school week");
        d.put("block_starts", "its first school day, e.g. 2 November 2026");
        d.put("block_ends", "its last school day");
        d.put("late_l", "L marks in the block");
        d.put("late_u", "U marks in the block");
        d.put("late_marks", "L + U in the block");
        d.put("minutes_late", "minutes late in the block");
        d.put("previous_late_marks", "L + U in the block before");
        d.put("arrived_late", "\"arrived late 1 time\", \"arrived late 4 times\" or \"was not late at all\"");
        d.put("late_arrivals", "\"1 late arrival\", \"4 late arrivals\" or \"no late arrivals\" in the block");
        d.put("previous_late_arrivals", "\"1 late arrival\", \"4 late arrivals\" or \"no late arrivals\" in the "
                + "block before");
        d.put("earlier_letter", "\"We wrote to you about NAME's punctuality.\" when the pupil was on a stage before, "
                + "else \"We are writing to you about NAME's punctuality.\"");
        d.put("no_improvement", "\" This shows no improvement.\" when the pupil was on a stage before and is late as "
                + "often or more, else nothing");
        d.put("stage", "the stage decided, 0 to 5");
        d.put("previous_stage", "the stage before, 0 to 5");
        d.put("decided_by", "who decided, e.g. Priya Shah");
        d.put("decided_by_position", "their position, e.g. Attendance lead");
        return Map.copyOf(d);
    }

    /** "1 time", "2 times": a count of late arrivals in words a family reads. */
    static String times(int count) {
        return count + (count == 1 ? " time" : " times");
    }

    /** "no late arrivals", "1 late arrival", "2 late arrivals". */
    static String lateArrivals(int count) {
        return count == 0 ? "no late arrivals" : count + (count == 1 ? " late arrival" : " late arrivals");
    }

    public static Set<String> names() {
        return DESCRIBED.keySet();
    }

    static Map<String, String> of(String schoolName, LocalDate made, Pupil pupil, List<AuthorisedAdult> contacts,
                                  BlockSpan span, BlockTally tally, int previousLateMarks, StageDecision decision) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("school_name", schoolName);
        v.put("date", LONG_DATE.format(made));
        // never addressed to an adult the pupil must not be released to (a court order may bar them)
        v.put("parent_name", contacts.stream().filter(a -> !a.doNotRelease()).findFirst()
                .map(AuthorisedAdult::name).orElse("Parent/Carer"));
        v.put("pupil_id", pupil.id());
        v.put("given_name", pupil.givenName());
        v.put("family_name", pupil.familyName());
        v.put("full_name", pupil.fullName());
        v.put("year", pupil.year());
        v.put("class", pupil.className());
        v.put("block", Integer.toString(span.block().number()));
        v.put("first_week", Integer.toString(span.block().firstWeek()));
        v.put("last_week", Integer.toString(span.block().lastWeek()));
        v.put("block_starts", LONG_DATE.format(span.firstSchoolDay()));
        v.put("block_ends", LONG_DATE.format(span.lastSchoolDay()));
        v.put("late_l", Integer.toString(tally.lateL()));
        v.put("late_u", Integer.toString(tally.lateU()));
        v.put("late_marks", Integer.toString(tally.lateMarks()));
        v.put("minutes_late", Long.toString(tally.minutesLate()));
        v.put("previous_late_marks", Integer.toString(previousLateMarks));
        v.put("arrived_late", tally.lateMarks() == 0 ? "was not late at all" : "arrived late " + times(tally.lateMarks()));
        v.put("late_arrivals", lateArrivals(tally.lateMarks()));
        v.put("previous_late_arrivals", lateArrivals(previousLateMarks));
        // A pupil overridden from no stage straight to a higher one had no earlier letter, and no
        // stage to improve on: the letter claims neither (the school's policy, its staged letters).
        boolean earlierStage = decision.from().number() > 0;
        v.put("earlier_letter", (earlierStage ? "We wrote to you about " : "We are writing to you about ")
                + pupil.givenName() + "'s punctuality.");
        v.put("no_improvement", earlierStage && tally.lateMarks() >= previousLateMarks
                ? " This shows no improvement." : "");
        v.put("stage", Integer.toString(decision.decided().number()));
        v.put("previous_stage", Integer.toString(decision.from().number()));
        v.put("decided_by", decision.by().name());
        v.put("decided_by_position", decision.by().position());
        return v;
    }
}
