package lategate.settings;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import lategate.domain.calendar.Closure;
import lategate.domain.calendar.DraftYear;
import lategate.domain.calendar.Term;

/**
 * A draft academic year written as the settings' {@code [calendar.next_year]} table, read back by
 * {@link CalendarReading} as any other year: every date carries "school to confirm", since a school
 * sets its own term dates (docs/rollover.md).
 */
public final class CalendarDraftText {

    /** The table a year given ahead of time goes in. */
    public static final String TABLE = "calendar.next_year";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK);

    private CalendarDraftText() {
    }

    public static String toml(DraftYear draft) {
        StringBuilder t = new StringBuilder();
        t.append("# ---- ").append(draft.label()).append(": a DRAFT made by 'lategate year next' ----\n")
                .append("# The usual English pattern, as a starting point: every date is for the school to confirm\n")
                .append("# against its own term dates (or its local authority's), and the school's INSET days are\n")
                .append("# to be added as closures with kind = \"inset\". Bank holidays are computed (Banking and\n")
                .append("# Financial Dealings Act 1971, Schedule 1); a one-off one is proclaimed and must be added.\n")
                .append("# Add this at the end of the settings file, then: lategate config check FILE\n")
                .append("# Steps: docs/rollover.md\n")
                .append("[").append(TABLE).append("]\n")
                .append(line("year_starts = " + draft.yearStarts(), "school to confirm"))
                .append(line("year_ends = " + draft.yearEnds(), "school to confirm"));
        for (Term term : draft.terms()) {
            t.append("\n[[").append(TABLE).append(".terms]]\n")
                    .append("name = \"").append(term.name()).append("\"\n")
                    .append(line("starts = " + term.starts(), day(term.starts()) + "; school to confirm"))
                    .append(line("ends = " + term.ends(), day(term.ends()) + "; school to confirm"));
        }
        for (Closure closure : draft.closures()) {
            t.append("\n[[").append(TABLE).append(".closures]]\n")
                    .append("name = \"").append(closure.name()).append("\"\n")
                    .append("kind = \"").append(closure.kind().name().toLowerCase(Locale.ROOT)).append("\"\n")
                    .append(line("starts = " + closure.starts(), day(closure.starts()) + "; school to confirm"));
            if (!closure.ends().equals(closure.starts())) {
                t.append(line("ends = " + closure.ends(), day(closure.ends()) + "; school to confirm"));
            }
        }
        if (!draft.bankHolidaysInHolidays().isEmpty()) {
            t.append("\n# Bank holidays in the holidays, so closing no school day:\n");
            for (Map.Entry<LocalDate, String> day : draft.bankHolidaysInHolidays().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey()).toList()) {
                t.append("#   ").append(day(day.getKey())).append(" ").append(day.getKey().getYear()).append(": ")
                        .append(day.getValue()).append("\n");
            }
        }
        return t.toString();
    }

    private static String line(String keyValue, String comment) {
        return String.format("%-28s # %s%n", keyValue, comment);
    }

    private static String day(LocalDate date) {
        return DAY.format(date);
    }
}
