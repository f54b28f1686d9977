package lategate.contacts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import lategate.domain.pupil.AuthorisedAdult;
import lategate.domain.pupil.Pupil;
import lategate.roster.CsvFile;
import lategate.roster.CsvRow;
import lategate.roster.CsvRows;
import lategate.roster.RosterFile;
import lategate.roster.RosterProblem;

/**
 * Reads a contacts CSV: the adults each pupil's family lists, and whether each may collect the
 * pupil from the office. Like the roster, the whole file is checked before anything is used:
 * every problem is reported with its line, and one problem refuses the whole file.
 *
 * <p>Columns, in any order: pupil_id, name, relationship, may_collect (yes or no, never left
 * blank: who may take a child out of school is never assumed), phone (needed for an adult who
 * may collect). Every pupil_id must be a pupil on roll. Names are kept as written, in Unicode
 * NFC, like the roster's.
 */
public final class ContactsFile {

    public static final List<String> COLUMNS = List.of("pupil_id", "name", "relationship", "may_collect", "phone");
    private static final int MAX_FIELD = 100;
    /** A phone number written for a person to dial: the UK's shortest full number has 10 digits. */
    private static final int MIN_PHONE_DIGITS = 10;
    /** The longest number there is (ITU-T E.164); more digits means two numbers in one cell. */
    private static final int MAX_PHONE_DIGITS = 15;

    private ContactsFile() {
    }

    /** The result of reading: the adults, in the file's order, or every problem found. */
    public sealed interface Result {
    }

    public record Valid(List<AuthorisedAdult> adults, String sha256) implements Result {

        public Valid {
            adults = List.copyOf(adults);
        }
    }

    public record Invalid(List<RosterProblem> problems) implements Result {

        public Invalid {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The pupils a contact may be for: those on roll. A leaver is told apart from an id nobody
     * has, so the office knows whether to fix the file or the roster.
     */
    public record Roll(Set<String> onRoll, Set<String> leavers) {

        public Roll {
            onRoll = Set.copyOf(onRoll);
            leavers = Set.copyOf(leavers);
        }

        public static Roll of(Collection<Pupil> pupils) {
            return new Roll(pupils.stream().filter(Pupil::onRoll).map(Pupil::id).collect(Collectors.toSet()),
                    pupils.stream().filter(p -> !p.onRoll()).map(Pupil::id).collect(Collectors.toSet()));
        }

        /** Why a contact cannot be for this pupil, if it cannot. */
        Optional<String> problemWith(String pupilId) {
            if (onRoll.contains(pupilId)) {
                return Optional.empty();
            }
            if (leavers.contains(pupilId)) {
                return Optional.of("pupil_id '" + pupilId + "' is a leaver: contacts are kept only for pupils "
                        + "on roll");
            }
            return Optional.of("pupil_id '" + pupilId + "' is not on the roster: check the id, or import a "
                    + "roster with the pupil first");
        }
    }

    /**
     * Reads the file at {@code file}. A file that cannot be read is named by the path as given;
     * problems on a line name the file alone, as the roster's do.
     */
    public static Result read(Path file, Roll roll) {
        return CsvFile.read(file, (name, bytes) -> read(name, bytes, roll), problem -> new Invalid(List.of(problem)));
    }

    public static Result read(String name, byte[] bytes, Roll roll) {
        Optional<RosterProblem> notUtf8 = RosterFile.firstNonUtf8(name, bytes);
        if (notUtf8.isPresent()) {
            return new Invalid(List.of(notUtf8.get()));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // Excel's "CSV UTF-8" starts with a byte-order mark
        }
        CsvRows.Parsed parsed = CsvRows.read(text);
        if (parsed.rows().isEmpty() && parsed.malformed().isEmpty()) {
            return new Invalid(List.of(new RosterProblem(name, 1, "the file is empty: expected a header line "
                    + String.join(",", COLUMNS))));
        }
        List<RosterProblem> problems = new ArrayList<>();
        List<AuthorisedAdult> adults = adults(name, parsed.rows(), roll, problems);
        parsed.malformed().ifPresent(malformed -> problems.add(new RosterProblem(name, malformed.line(),
                malformed.message())));
        if (problems.isEmpty() && adults.isEmpty()) {
            problems.add(new RosterProblem(name, 2, "no contacts: a file with nobody in it would remove every "
                    + "pupil's contacts, so it is refused"));
        }
        return problems.isEmpty() ? new Valid(adults, RosterFile.sha256(bytes)) : new Invalid(problems);
    }

    /** The adults of the rows after the header; none if the header itself is wrong. */
    private static List<AuthorisedAdult> adults(String name, List<CsvRow> rows, Roll roll,
                                                List<RosterProblem> problems) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, Integer> columns = CsvFile.header(name, rows.get(0), COLUMNS, COLUMNS, String.join(", ", COLUMNS),
                problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        List<AuthorisedAdult> adults = new ArrayList<>();
        Map<List<String>, Long> adultLines = new HashMap<>();
        for (CsvRow csvRow : rows.subList(1, rows.size())) {
            Optional<AuthorisedAdult> adult = new Row(name, csvRow, columns, roll, problems).adult();
            if (adult.isEmpty()) {
                continue;
            }
            AuthorisedAdult a = adult.get();
            Long seen = adultLines.putIfAbsent(List.of(a.pupilId(), sameName(a.name())), csvRow.line());
            if (seen != null) {
                problems.add(new RosterProblem(name, csvRow.line(), a.name() + " is already listed for "
                        + a.pupilId() + " on line " + seen + ": list each adult once"));
            }
            adults.add(a);
        }
        return adults;
    }

    /** Names the office would read as one person's: "Mary  JONES" is Mary Jones. */
    private static String sameName(String name) {
        return name.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** One data line, checked field by field; every problem is added, none stops the others. */
    private static final class Row {
        private final String name;
        private final long line;
        private final List<String> cells;
        private final Map<String, Integer> columns;
        private final Roll roll;
        private final List<RosterProblem> problems;
        private boolean ok = true;

        Row(String name, CsvRow row, Map<String, Integer> columns, Roll roll, List<RosterProblem> problems) {
            this.name = name;
            this.line = row.line();
            this.cells = row.cells();
            this.columns = columns;
            this.roll = roll;
            this.problems = problems;
        }

        Optional<AuthorisedAdult> adult() {
            int width = columns.size();
            if (cells.size() != width) {
                problem("has " + cells.size() + " fields but the header has " + width);
                return Optional.empty();
            }
            String pupilId = required("pupil_id");
            if (!pupilId.isEmpty()) {
                roll.problemWith(pupilId).ifPresent(this::problem);
            }
            String adult = required("name");
            String relationship = required("relationship");
            Optional<Boolean> mayCollect = mayCollect();
            Optional<String> phone = phone(adult, mayCollect.orElse(false));
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new AuthorisedAdult(pupilId, adult, relationship, mayCollect.orElseThrow(), phone));
        }

        private String cell(String column) {
            return Normalizer.normalize(cells.get(columns.get(column)).strip(), Normalizer.Form.NFC);
        }

        private String required(String column) {
            String value = cell(column);
            if (value.isEmpty()) {
                problem(column + " is blank");
            } else {
                checkText(column, value);
            }
            return value;
        }

        private void checkText(String column, String value) {
            if (value.length() > MAX_FIELD) {
                problem(column + " is " + value.length() + " characters long; at most " + MAX_FIELD);
            } else {
                lategate.domain.text.PlainText.oneLine(column).refusal(value).ifPresent(this::problem);
            }
        }

        /** Yes or no; a blank is refused, since letting a child leave school is never a default. */
        private Optional<Boolean> mayCollect() {
            String value = cell("may_collect");
            switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "y":
                    return Optional.of(true);
                case "no", "n":
                    return Optional.of(false);
                case "":
                    problem("may_collect is blank: write yes or no, as whether an adult may collect a pupil "
                            + "must be said, never assumed");
                    return Optional.empty();
                default:
                    problem("may_collect must be yes or no, not '" + value + "'");
                    return Optional.empty();
            }
        }

        /** Needed for an adult who may collect; when given, one number a person can dial. */
        private Optional<String> phone(String adult, boolean mayCollect) {
            String value = cell("phone");
            if (value.isEmpty()) {
                if (mayCollect) {
                    problem("phone is blank, but " + (adult.isEmpty() ? "this adult" : adult) + " may collect: "
                            + "the school must be able to phone an adult who collects a pupil");
                }
                return Optional.empty();
            }
            // \p{Zs}: a space pasted from a web page or an email is often a no-break space
            if (!value.matches("[0-9\\p{Zs}+()\\-]+")) {
                problem("phone '" + value + "' may only hold digits, spaces and + ( ) -");
                return Optional.empty();
            }
            long digits = value.chars().filter(c -> c >= '0' && c <= '9').count();
            if (digits < MIN_PHONE_DIGITS) {
                problem("phone '" + value + "' has " + digits + " digits: a full number, with its area code, "
                        + "has at least " + MIN_PHONE_DIGITS);
            } else if (digits > MAX_PHONE_DIGITS) {
                problem("phone '" + value + "' has " + digits + " digits: no number has more than "
                        + MAX_PHONE_DIGITS + "; put one number in the cell");
            }
            return Optional.of(value);
        }

        private void problem(String message) {
            ok = false;
            problems.add(new RosterProblem(name, line, message));
        }
    }
}
