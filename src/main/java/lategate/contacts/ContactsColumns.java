package lategate.contacts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lategate.roster.CsvRow;
import lategate.roster.RosterProblem;

/**
 * The header of a contacts file: which column holds each field. Headers are read as an MIS writes
 * them as well as lategate's own: case, spaces, hyphens and underscores do not matter, so
 * "Work Phone", "work-phone" and "work_phone" are one column. An adult's numbers may come in
 * several columns (phone, phone_2, "Telephone", "Mobile", "Work Phone"), each giving its numbers
 * a label unless the cell gives its own (docs/contracts.md, "Contacts CSV").
 *
 * <p>A column lategate does not know is refused, not ignored: a misspelt "do_not_release" left
 * out in silence would hand a child to someone the school was told never to release them to.
 */
final class ContactsColumns {

    static final List<String> REQUIRED = List.of("pupil_id", "name", "relationship", "may_collect");
    static final List<String> FLAGS = List.of("parental_responsibility", "do_not_release");

    /** Each other way of writing a field's header, normalised, and the field it is. */
    private static final Map<String, String> ALIASES = Map.of(
            "contact_name", "name",
            "relationship_to_pupil", "relationship",
            "can_collect", "may_collect",
            "has_parental_responsibility", "parental_responsibility",
            "pr", "parental_responsibility",
            "do_not_release_to", "do_not_release");

    /** The phone columns lategate reads, normalised, with the label each gives its numbers ("" for none). */
    private static final Map<String, String> PHONE_COLUMNS = phoneColumns();

    static final String IN_WORDS = "pupil_id, name, relationship, may_collect, phone (or phones, phone_2, phone_3, "
            + "telephone, mobile, home_phone, work_phone; at least one), parental_responsibility, do_not_release";

    /** A column of phone numbers: where it is, its header as written, and the label its numbers take. */
    record PhoneColumn(int index, String header, Optional<String> label) {
    }

    private final Map<String, Integer> fields;
    private final List<PhoneColumn> phones;

    private ContactsColumns(Map<String, Integer> fields, List<PhoneColumn> phones) {
        this.fields = fields;
        this.phones = List.copyOf(phones);
    }

    private static Map<String, String> phoneColumns() {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String plain : List.of("phone", "phones", "phone_1", "phone_2", "phone_3", "phone_4", "telephone",
                "telephone_1", "telephone_2", "telephone_3", "other_phone")) {
            columns.put(plain, "");
        }
        columns.put("mobile", "mobile");
        columns.put("mobile_phone", "mobile");
        columns.put("mobile_telephone", "mobile");
        columns.put("home_phone", "home");
        columns.put("home_telephone", "home");
        columns.put("work_phone", "work");
        columns.put("work_telephone", "work");
        return Map.copyOf(columns);
    }

    /** "Work Phone " is work_phone: lower case, runs of spaces, hyphens and underscores as one underscore. */
    static String normalised(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "_");
    }

    /** The columns of {@code header}; each problem with it is added to {@code problems}, on the header's line. */
    static ContactsColumns of(String name, CsvRow header, List<RosterProblem> problems) {
        long line = header.line();
        List<String> cells = header.cells();
        Map<String, Integer> fields = new LinkedHashMap<>();
        List<PhoneColumn> phones = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            String written = cells.get(i).strip();
            String column = normalised(written);
            if (column.isEmpty()) {
                problems.add(new RosterProblem(name, line, "column " + (i + 1) + " has no name in the header"));
                continue;
            }
            String field = ALIASES.getOrDefault(column, column);
            if (seen.putIfAbsent(PHONE_COLUMNS.containsKey(column) ? column : field, i) != null) {
                problems.add(new RosterProblem(name, line, "column '" + written.toLowerCase(Locale.ROOT)
                        + "' appears twice in the header"));
            } else if (PHONE_COLUMNS.containsKey(column)) {
                String label = PHONE_COLUMNS.get(column);
                phones.add(new PhoneColumn(i, column, label.isEmpty() ? Optional.empty() : Optional.of(label)));
            } else if (REQUIRED.contains(field) || FLAGS.contains(field)) {
                fields.put(field, i);
            } else {
                problems.add(new RosterProblem(name, line, "unknown column '" + written + "'; the columns are "
                        + IN_WORDS));
            }
        }
        for (String field : REQUIRED) {
            if (!fields.containsKey(field)) {
                problems.add(new RosterProblem(name, line, "missing column '" + field + "'"));
            }
        }
        if (phones.isEmpty()) {
            problems.add(new RosterProblem(name, line, "missing column 'phone'"));
        }
        return new ContactsColumns(fields, phones);
    }

    Optional<Integer> field(String field) {
        return Optional.ofNullable(fields.get(field));
    }

    List<PhoneColumn> phones() {
        return phones;
    }
}
