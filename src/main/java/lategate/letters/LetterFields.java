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
        d.put("parent_name", "the first adult on the pupil's contacts, or \"Parent/Carer\"");
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
        d.put("stage", "the stage decided, 0 to 5");
        d.put("previous_stage", "the stage before, 0 to 5");
        d.put("decided_by", "who decided, e.g. Priya Shah");
        d.put("decided_by_position", "their position, e.g. Attendance lead");
        return Map.copyOf(d);
    }

    public static Set<String> names() {
        return DESCRIBED.keySet();
    }

    static Map<String, String> of(String schoolName, LocalDate made, Pupil pupil, List<AuthorisedAdult> contacts,
                                  BlockSpan span, BlockTally tally, int previousLateMarks, StageDecision decision) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("school_name", schoolName);
        v.put("date", LONG_DATE.format(made));
        v.put("parent_name", contacts.isEmpty() ? "Parent/Carer" : contacts.get(0).name());
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
        v.put("stage", Integer.toString(decision.decided().number()));
        v.put("previous_stage", Integer.toString(decision.from().number()));
        v.put("decided_by", decision.by().name());
        v.put("decided_by_position", decision.by().position());
        return v;
    }
}
