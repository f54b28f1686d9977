package lategate.roster;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import lategate.domain.pupil.Characteristics;
import lategate.domain.pupil.Pupil;
import lategate.domain.pupil.YearGroup;
import lategate.settings.RosterFormat;
import lategate.settings.RosterSettings;

/**
 * Reads a roster CSV exported from the school's MIS. The whole file is checked before anything
 * is used: every problem is reported with its line, and one problem rejects the whole file.
 *
 * <p>Columns: pupil_id, given_name, family_name, year, class, badge; optional send,
 * pupil_premium, fsm, lac, eal (yes or no; an empty cell is no; send also takes the Common Basic Data Set's SEN
 * provision codes N, K and E), date_of_birth (yyyy-mm-dd or dd/mm/yyyy; an empty cell or no column: not given,
 * and the pupil is taken to be of compulsory school age), and badge_2 (a second code the pupil's cards carry, e.g.
 * a card and a fob; an empty cell is none). An MIS export's own headers are read through the
 * school's [roster] settings (docs/mis-exports.md); columns lategate does not use are ignored and named. The year
 * group is kept as the School Census writes it ({@link YearGroup}). Names are kept as written,
 * in Unicode NFC, so Zoë typed on a Mac and on Windows is one name.
 */
public final class RosterFile {

    public static final List<String> REQUIRED = RosterFormat.REQUIRED;
    public static final List<String> FLAGS = RosterFormat.FLAGS;
    /** Optional: a pupil below compulsory school age is never at the penalty notice threshold. */
    public static final String DATE_OF_BIRTH = RosterFormat.DATE_OF_BIRTH;
    /** Optional: a second code the pupil's cards carry, read like badge (docs/settings.md, "[badges]"). */
    public static final String BADGE_2 = RosterFormat.BADGE_2;
    private static final int MAX_FIELD = 100;
    private static final java.time.format.DateTimeFormatter DAY_MONTH_YEAR = java.time.format.DateTimeFormatter
            .ofPattern("d/M/uuuu").withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private RosterFile() {
    }

    /** The result of reading: the pupils, or every problem found. */
    public sealed interface Result {
    }

    /**
     * @param lines   each pupil's line in the file, by pupil id, for problems found once the file is read
     * @param ignored the headers of the columns lategate does not read, as written, for the import to name
     */
    public record Valid(List<Pupil> pupils, String sha256, Map<String, Long> lines, List<String> ignored)
            implements Result {

        public Valid {
            pupils = List.copyOf(pupils);
            lines = Map.copyOf(lines);
            ignored = List.copyOf(ignored);
        }

        public Valid(List<Pupil> pupils, String sha256) {
            this(pupils, sha256, Map.of(), List.of());
        }
    }

    public record Invalid(List<RosterProblem> problems) implements Result {
    }

    /**
     * Reads the file at {@code file}. A file that cannot be read is named by the path as given, so
     * the office can see which file was meant; problems on a line name the file alone.
     */
    public static Result read(Path file) {
        return read(file, RosterSettings.LATEGATE);
    }

    /** Reads the file at {@code file}, laid out as the school's {@code [roster]} settings say. */
    public static Result read(Path file, RosterSettings layout) {
        return CsvFile.read(file, (name, bytes) -> read(name, bytes, layout), problem -> new Invalid(List.of(problem)));
    }

    public static Result read(String name, byte[] bytes) {
        return read(name, bytes, RosterSettings.LATEGATE);
    }

    public static Result read(String name, byte[] bytes, RosterSettings layout) {
        Optional<RosterProblem> notUtf8 = firstNonUtf8(name, bytes);
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
                    + String.join(",", REQUIRED))));
        }
        List<RosterProblem> problems = new ArrayList<>();
        Map<String, Long> lines = new HashMap<>();
        List<String> ignored = new ArrayList<>();
        List<Pupil> pupils = pupils(name, parsed.rows(), layout, problems, lines, ignored);
        parsed.malformed().ifPresent(malformed -> problems.add(new RosterProblem(name, malformed.line(),
                malformed.message())));
        if (problems.isEmpty() && pupils.isEmpty()) {
            problems.add(new RosterProblem(name, 2, "no pupils: a roster with nobody in it would make every pupil a "
                    + "leaver, so it is refused"));
        }
        return problems.isEmpty() ? new Valid(pupils, sha256(bytes), lines, ignored) : new Invalid(problems);
    }

    /** The pupils of the rows after the header; none if the header itself is wrong. */
    private static List<Pupil> pupils(String name, List<CsvRow> rows, RosterSettings layout,
                                      List<RosterProblem> problems, Map<String, Long> idLines, List<String> ignored) {
        if (rows.isEmpty()) {
            return List.of();
        }
        RosterHeader header = RosterHeader.read(name, rows.get(0), layout, problems);
        if (!problems.isEmpty()) {
            return List.of();
        }
        ignored.addAll(header.ignored());
        boolean badgeIsTheId = header.columns().get("badge").equals(header.columns().get("pupil_id"));
        List<Pupil> pupils = new ArrayList<>();
        Map<String, Long> badgeLines = new HashMap<>();
        for (CsvRow csvRow : rows.subList(1, rows.size())) {
            Optional<Pupil> pupil = new Row(name, csvRow, header, problems).pupil();
            if (pupil.isEmpty()) {
                continue;
            }
            Pupil p = pupil.get();
            long line = csvRow.line();
            Long idSeen = idLines.putIfAbsent(p.id(), line);
            if (idSeen != null) {
                problems.add(new RosterProblem(name, line, header.labels().get("pupil_id") + " '" + p.id() + "' is already used on line "
                        + idSeen));
            }
            // badge and badge_2 are one set of codes: a card's code is nobody else's card or fob. A badge code
            // read from the pupil_id's own column (badge_from) repeats only where the id does: said once.
            for (String code : new java.util.LinkedHashSet<>(p.badges())) {
                Long badgeSeen = badgeLines.putIfAbsent(code, line);
                if (badgeSeen != null && !(badgeIsTheId && code.equals(p.badge()))) {
                    String column = code.equals(p.badge()) ? header.labels().get("badge")
                            : header.labels().getOrDefault(BADGE_2, BADGE_2);
                    problems.add(new RosterProblem(name, line, column + " '" + code + "' is already used on line "
                            + badgeSeen));
                }
            }
            pupils.add(p);
        }
        return pupils;
    }

    /** One data line, checked field by field; every problem is added, none stops the others. */
    private static final class Row {
        private final String name;
        private final long line;
        private final List<String> cells;
        private final Map<String, Integer> columns;
        private final Map<String, String> labels;
        private final int width;
        private final List<RosterProblem> problems;
        private boolean ok = true;

        Row(String name, CsvRow row, RosterHeader header, List<RosterProblem> problems) {
            this.name = name;
            this.line = row.line();
            this.cells = row.cells();
            this.columns = header.columns();
            this.labels = header.labels();
            this.width = header.width();
            this.problems = problems;
        }

        Optional<Pupil> pupil() {
            if (cells.size() != width) {
                problem("has " + cells.size() + " fields but the header has " + width);
                return Optional.empty();
            }
            String id = required("pupil_id");
            String given = required("given_name");
            String family = required("family_name");
            String year = year();
            String className = required("class");
            // Capitals and digits only: the badge's check character is figured over them, and a
            // code in lower case is the same code (a scanner's Caps Lock must not make another pupil).
            String badge = required("badge").toUpperCase(java.util.Locale.ROOT);
            if (!badge.isEmpty()) {
                lategate.domain.badge.BadgeCodes.unsuitable(badge).ifPresent(why -> problem(labels.get("badge") + " '" + badge
                        + "': " + why));
            }
            Characteristics flags = new Characteristics(flag("send"), flag("pupil_premium"), flag("fsm"), flag("lac"),
                    flag("eal"));
            Optional<java.time.LocalDate> born = dateOfBirth();
            Optional<String> badge2 = secondBadge();
            if (!ok) {
                return Optional.empty();
            }
            return Optional.of(new Pupil(id, given, family, year, className, badge, flags, Optional.empty(), born,
                    badge2));
        }

        private String required(String field) {
            String column = labels.get(field);
            String value = Normalizer.normalize(cells.get(columns.get(field)).strip(), Normalizer.Form.NFC);
            if (value.isEmpty()) {
                problem(column + " is blank");
            } else if (value.length() > MAX_FIELD) {
                problem(column + " is " + value.length() + " characters long; at most " + MAX_FIELD);
            } else {
                lategate.domain.text.PlainText.oneLine(column).refusal(value).ifPresent(this::problem);
            }
            return value;
        }

        /** The optional second code, as the badge is read: capitals and digits; an empty cell is none. */
        private Optional<String> secondBadge() {
            Integer index = columns.get(BADGE_2);
            if (index == null || cells.get(index).strip().isEmpty()) {
                return Optional.empty();
            }
            String code = cells.get(index).strip().toUpperCase(Locale.ROOT);
            Optional<String> why = lategate.domain.badge.BadgeCodes.unsuitable(code);
            why.ifPresent(w -> problem(BADGE_2 + " '" + code + "': " + w));
            return why.isPresent() ? Optional.empty() : Optional.of(code);
        }

        /**
         * The year group as the School Census writes it (R, 1 to 14), however the MIS wrote it: an MIS
         * that exports "Year 3" must not make a report say "Year Year 3".
         */
        private String year() {
            int before = problems.size();
            String written = required("year");
            if (problems.size() > before) {
                return written;
            }
            Optional<String> year = YearGroup.read(written);
            if (year.isEmpty()) {
                problem(labels.get("year") + " " + YearGroup.whyNot(written));
                return written;
            }
            return year.get();
        }

        /**
         * The optional date of birth, a real day (2021-02-30 is refused): yyyy-mm-dd, or dd/mm/yyyy as the
         * MIS in English schools export it. Never mm/dd/yyyy: 04/05/2021 is the 4th of May.
         */
        private Optional<java.time.LocalDate> dateOfBirth() {
            Integer index = columns.get(DATE_OF_BIRTH);
            if (index == null || cells.get(index).strip().isEmpty()) {
                return Optional.empty();
            }
            String column = labels.get(DATE_OF_BIRTH);
            String value = cells.get(index).strip();
            try {
                java.time.LocalDate born;
                if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    born = java.time.LocalDate.parse(value);
                } else if (value.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                    born = java.time.LocalDate.parse(value, DAY_MONTH_YEAR);
                } else {
                    throw new java.time.format.DateTimeParseException("not a date", value, 0);
                }
                if (born.getYear() < 1900) {
                    problem(column + " '" + value + "' is before 1900: check the date");
                    return Optional.empty();
                }
                return Optional.of(born);
            } catch (java.time.format.DateTimeParseException e) {
                problem(column + " must be a date written yyyy-mm-dd or dd/mm/yyyy, e.g. 2021-09-14 or 14/09/2021, "
                        + "not '" + value + "'");
                return Optional.empty();
            }
        }

        private boolean flag(String field) {
            Integer index = columns.get(field);
            if (index == null) {
                return false;
            }
            String value = cells.get(index).strip().toLowerCase(Locale.ROOT);
            // The DfE Common Basic Data Set's SEN provision codes: N no special educational need, K SEN
            // support, E an education, health and care plan. N was already "no".
            if (field.equals("send") && (value.equals("k") || value.equals("e"))) {
                return true;
            }
            return switch (value) {
                case "yes", "y" -> true;
                case "no", "n", "" -> false;
                default -> {
                    problem(labels.get(field) + " must be yes or no, not '" + cells.get(index).strip() + "'"
                            + (field.equals("send") ? " (or an SEN status: N none, K SEN support, E EHC plan)" : ""));
                    yield false;
                }
            };
        }

        private void problem(String message) {
            ok = false;
            problems.add(new RosterProblem(name, line, message));
        }
    }

    /** The first byte that is not UTF-8, located by line, with advice for Excel users. */
    public static Optional<RosterProblem> firstNonUtf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (!result.isError()) {
            return Optional.empty();
        }
        int at = in.position();
        long line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return Optional.of(new RosterProblem(name, line, String.format("the file is not UTF-8 (byte 0x%02X): "
                + "save it as \"CSV UTF-8\" and import it again", bytes[at] & 0xff)));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
