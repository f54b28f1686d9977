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
import lategate.domain.pupil.Phone;
import lategate.domain.pupil.Pupil;
import lategate.roster.CsvFile;
import lategate.roster.CsvRow;
import lategate.roster.CsvRows;
import lategate.roster.RosterFile;
import lategate.roster.RosterProblem;

/**
 * Reads a contacts CSV: the adults each pupil's family lists, whether each may collect the pupil
 * from the office, and whether the pupil must never be released to them. Like the roster, the whole
 * file is checked before anything is used: every problem is reported with its line, and one problem
 * refuses the whole file, so nothing already recorded is lost to a half import.
 *
 * <p>Columns, in any order, headers as lategate or an MIS writes them ({@link ContactsColumns}):
 * pupil_id, name, relationship, may_collect (yes or no, never left blank: who may take a child out
 * of school is never assumed), one or more phone columns (at least one number for an adult who may
 * collect; a cell may hold several, separated by ; / or a comma, each with a label in brackets),
 * and optionally parental_responsibility (yes, no, or blank when not known) and do_not_release (yes
 * for an adult the pupil must never be given to, e.g. under a court order; blank is no). Every
 * pupil_id must be a pupil on roll. Names are kept as written, in Unicode NFC, like the roster's.
 */
public final class ContactsFile {

    public static final List<String> COLUMNS = List.of("pupil_id", "name", "relationship", "may_collect", "phone");
    private static final int MAX_FIELD = 100;
    /** A phone number written for a person to dial: the UK's shortest full number has 10 digits. */
    private static final int MIN_PHONE_DIGITS = 10;
    /** The longest number there is (ITU-T E.164); more digits means two numbers in one cell. */
    private static final int MAX_PHONE_DIGITS = 15;
    /** A UK number written from its leading 0 has 10 or 11 digits (Ofcom's National Telephone Numbering Plan). */
    private static final int MAX_UK_DIGITS = 11;
    private static final int MAX_LABEL = 30;
    /** A number with a label in brackets after it; the label has a letter, so "+44 (0)7700" is no label. */
    private static final java.util.regex.Pattern LABELLED =
            java.util.regex.Pattern.compile("(.*?)\\s*\\(([^()]*\\p{L}[^()]*)\\)\\s*");

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
        ContactsColumns columns = ContactsColumns.of(name, rows.get(0), problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        int width = rows.get(0).cells().size();
        List<AuthorisedAdult> adults = new ArrayList<>();
        Map<List<String>, Long> adultLines = new HashMap<>();
        for (CsvRow csvRow : rows.subList(1, rows.size())) {
            Optional<AuthorisedAdult> adult = new Row(name, csvRow, width, columns, roll, problems).adult();
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
        private final int width;
        private final ContactsColumns columns;
        private final Roll roll;
        private final List<RosterProblem> problems;
        private boolean ok = true;

        Row(String name, CsvRow row, int width, ContactsColumns columns, Roll roll, List<RosterProblem> problems) {
            this.name = name;
            this.line = row.line();
            this.cells = row.cells();
            this.width = width;
            this.columns = columns;
            this.roll = roll;
            this.problems = problems;
        }

        Optional<AuthorisedAdult> adult() {
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
            boolean doNotRelease = yesNo("do_not_release").orElse(false);
            Optional<Boolean> mayCollect = mayCollect(doNotRelease);
            Optional<Boolean> parentalResponsibility = yesNo("parental_responsibility");
            List<Phone> phones = phones(adult, mayCollect.orElse(false));
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new AuthorisedAdult(pupilId, adult, relationship, mayCollect.orElseThrow(), phones,
                    parentalResponsibility, doNotRelease));
        }

        private String cell(int index) {
            return Normalizer.normalize(cells.get(index).strip(), Normalizer.Form.NFC);
        }

        private String cell(String field) {
            return columns.field(field).map(this::cell).orElse("");
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

        /** Yes or no as an MIS writes it; a blank is empty, as is a value that is neither (a problem). */
        private Optional<Boolean> yesNo(String column) {
            String value = cell(column);
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "yes", "y", "true" -> Optional.of(true);
                case "no", "n", "false" -> Optional.of(false);
                case "" -> Optional.empty();
                default -> {
                    problem(column + " must be yes or no, not '" + value + "'");
                    yield Optional.empty();
                }
            };
        }

        /**
         * Yes or no; a blank is refused, since letting a child leave school is never a default. An
         * adult marked do not release may not collect, whatever the column says: a blank is no, and
         * a yes is a contradiction the office must resolve.
         */
        private Optional<Boolean> mayCollect(boolean doNotRelease) {
            boolean blank = cell("may_collect").isEmpty();
            if (blank && doNotRelease) {
                return Optional.of(false);
            }
            if (blank) {
                problem("may_collect is blank: write yes or no, as whether an adult may collect a pupil "
                        + "must be said, never assumed");
                return Optional.empty();
            }
            Optional<Boolean> mayCollect = yesNo("may_collect");
            if (doNotRelease && mayCollect.orElse(false)) {
                problem("may_collect is yes but do_not_release is yes: the pupil is never released to this adult, "
                        + "so they cannot collect; check which is right and write may_collect no");
                return Optional.empty();
            }
            return mayCollect;
        }

        /**
         * Every number in the phone columns, in their order; at least one for an adult who may
         * collect. A cell may hold several numbers separated by ; / or a comma, each with a label
         * in brackets after it: "07700 900125 (mobile); 01632 960001 (work)".
         */
        private List<Phone> phones(String adult, boolean mayCollect) {
            List<Phone> phones = new ArrayList<>();
            java.util.Set<String> digitsSeen = new java.util.HashSet<>();
            int before = problems.size();
            for (ContactsColumns.PhoneColumn column : columns.phones()) {
                for (String written : cell(column.index()).split("[;/,]")) {
                    if (written.isBlank()) {
                        continue;
                    }
                    phone(column, written.strip()).filter(p -> digitsSeen.add(digits(p.number())))
                            .ifPresent(phones::add);
                }
            }
            if (phones.isEmpty() && mayCollect && problems.size() == before) {
                problem("phone is blank, but " + (adult.isEmpty() ? "this adult" : adult) + " may collect: "
                        + "the school must be able to phone an adult who collects a pupil");
            }
            return phones;
        }

        /** One number a person can dial, with its label, or a problem naming the column and the value. */
        private Optional<Phone> phone(ContactsColumns.PhoneColumn column, String written) {
            String number = written;
            Optional<String> label = column.label();
            java.util.regex.Matcher labelled = LABELLED.matcher(written);
            if (labelled.matches()) {
                number = labelled.group(1).strip();
                label = Optional.of(labelled.group(2).strip());
                if (label.get().length() > MAX_LABEL) {
                    problem(column.header() + " '" + written + "': the label in brackets is " + label.get().length()
                            + " characters long; at most " + MAX_LABEL);
                    return Optional.empty();
                }
                Optional<String> refusal = lategate.domain.text.PlainText.oneLine(column.header() + " label")
                        .refusal(label.get());
                if (refusal.isPresent()) {
                    problem(refusal.get());
                    return Optional.empty();
                }
            }
            // \p{Zs}: a space pasted from a web page or an email is often a no-break space
            if (!number.matches("\\+?[0-9\\p{Zs}()\\-]+")) {
                problem(column.header() + " '" + written + "' may only hold digits, spaces and + ( ) -, with a label "
                        + "in brackets after the number, e.g. 07700 900125 (mobile)");
                return Optional.empty();
            }
            String digits = digits(number);
            if (digits.length() < MIN_PHONE_DIGITS) {
                problem(column.header() + " '" + written + "' has " + digits.length() + " digits: a full number, "
                        + "with its area code, has at least " + MIN_PHONE_DIGITS);
                return Optional.empty();
            }
            if (digits.length() > MAX_PHONE_DIGITS) {
                problem(column.header() + " '" + written + "' has " + digits.length() + " digits: no number has "
                        + "more than " + MAX_PHONE_DIGITS + "; separate two numbers with ;");
                return Optional.empty();
            }
            if (number.startsWith("0") && digits.length() > MAX_UK_DIGITS) {
                problem(column.header() + " '" + written + "' has " + digits.length() + " digits: a UK number "
                        + "starting with 0 has 10 or 11; separate two numbers with ;");
                return Optional.empty();
            }
            return Optional.of(new Phone(number, label));
        }

        private static String digits(String number) {
            return number.replaceAll("[^0-9]", "");
        }

        private void problem(String message) {
            ok = false;
            problems.add(new RosterProblem(name, line, message));
        }
    }
}
