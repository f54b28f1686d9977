package lategate.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The shapes of roster file lategate reads without a column mapping ({@code [roster] format},
 * docs/mis-exports.md): its own, and the usual student-list exports of SIMS, Arbor and Bromcom.
 * For each of lategate's fields a format lists the headers that may hold it, the one preferred first:
 * the first of them the file has is read, and the rest are ignored. The headers of the three MIS are
 * assumptions about their usual exports, not a contract with them: a school whose export says
 * otherwise maps its own headers with {@code [roster.columns]}. Every format also takes lategate's
 * own field name as a header, so a school may add, say, a {@code badge} column to its MIS export.
 *
 * <p>Preferred names come before legal ones: the kiosk greets a pupil by the name they are known by.
 */
public enum RosterFormat {

    LATEGATE("lategate", Map.of()),
    SIMS("sims", Map.of(
            "pupil_id", List.of("Admission Number", "Adno"),
            "given_name", List.of("Preferred Forename", "Legal Forename", "Forename"),
            "family_name", List.of("Preferred Surname", "Legal Surname", "Surname"),
            "year", List.of("Year", "Year Group", "NC Year Actual"),
            "class", List.of("Reg Group", "Registration Group"),
            "send", List.of("SEN Status"),
            "date_of_birth", List.of("Date of Birth", "DOB"))),
    ARBOR("arbor", Map.of(
            "pupil_id", List.of("Student ID", "UPN"),
            "given_name", List.of("Preferred First Name", "First Name", "Legal First Name"),
            "family_name", List.of("Preferred Last Name", "Last Name", "Legal Last Name"),
            "year", List.of("Year Group", "Year"),
            "class", List.of("Registration Form", "Registration Group", "Form"),
            "send", List.of("SEN Status"),
            "date_of_birth", List.of("Date of Birth", "DOB"))),
    BROMCOM("bromcom", Map.of(
            "pupil_id", List.of("Admission No", "Admission Number"),
            "given_name", List.of("Preferred Forename", "Forename", "Legal Forename"),
            "family_name", List.of("Preferred Surname", "Surname", "Legal Surname"),
            "year", List.of("Year Group", "Year"),
            "class", List.of("Registration Group", "Tutor Group", "Reg Group"),
            "send", List.of("SEN Status"),
            "date_of_birth", List.of("DOB", "Date of Birth")));

    /** The fields every roster has. */
    public static final List<String> REQUIRED = List.of("pupil_id", "given_name", "family_name", "year", "class",
            "badge");
    /** Yes/no fields; an empty cell or no column is no. */
    public static final List<String> FLAGS = List.of("send", "pupil_premium", "fsm", "lac", "eal");
    /** Optional: a pupil below compulsory school age is never at the penalty notice threshold. */
    public static final String DATE_OF_BIRTH = "date_of_birth";
    /** Optional: a second code the pupil's cards carry, e.g. a card and a fob (docs/settings.md, "Existing cards"). */
    public static final String BADGE_2 = "badge_2";
    /** Every field of lategate's roster, in the order of its own format's header. */
    public static final List<String> FIELDS = fields();

    private final String name;
    private final Map<String, List<String>> headers;

    RosterFormat(String name, Map<String, List<String>> headers) {
        this.name = name;
        this.headers = headers;
    }

    /** As written after {@code format =} in the settings. */
    public String settingName() {
        return name;
    }

    /** The headers that may hold {@code field}, preferred first, ending with the field's own name. */
    public List<String> headersOf(String field) {
        List<String> all = new ArrayList<>(headers.getOrDefault(field, List.of()));
        if (all.stream().noneMatch(h -> h.equalsIgnoreCase(field))) {
            all.add(field);
        }
        return List.copyOf(all);
    }

    /** Built with a plain list: every settings read loads this class, and a stream here was spun up for one list. */
    private static List<String> fields() {
        List<String> fields = new ArrayList<>(REQUIRED);
        fields.addAll(FLAGS);
        fields.add(DATE_OF_BIRTH);
        fields.add(BADGE_2);
        return List.copyOf(fields);
    }

    public static Optional<RosterFormat> named(String name) {
        return Arrays.stream(values()).filter(f -> f.name.equals(name.strip().toLowerCase(Locale.ROOT))).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(f -> "\"" + f.name + "\"").collect(Collectors.joining(", "));
    }
}
