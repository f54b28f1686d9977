package lategate.settings;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.school.Consequences;
import lategate.domain.school.LateReason;

/** Reads the {@code [[reasons]]} tables and the optional {@code [consequences]} table of a settings file. */
final class ReasonsReading {

    private static final Set<String> REASON_CODES_ALLOWED = Set.of("M", "I", "C", "R", "J1", "C1", "S", "T");

    private ReasonsReading() {
    }

    static List<LateReason> reasons(Section root, Problems problems) {
        List<LateReason> reasons = new ArrayList<>();
        List<Section> sections = root.tables("reasons");
        if (sections.isEmpty()) {
            problems.add(1, "reasons", "no reasons: add at least one [[reasons]] with key and label");
        }
        Set<String> keys = new HashSet<>();
        for (Section r : sections) {
            r.allowOnly(Set.of("key", "label", "authorises"));
            Optional<String> key = r.string("key", true);
            Optional<String> label = r.string("label", true);
            // Each check is made on its own, so a wrong code does not hide a wrong key or label.
            boolean ok = key.isPresent() && label.isPresent();
            Optional<AttendanceCode> authorises = Optional.empty();
            if (r.has("authorises")) {
                Optional<String> code = r.string("authorises", true);
                if (code.isPresent()) {
                    authorises = authorisingCode(r, code.get());
                }
                ok &= authorises.isPresent();
            }
            if (key.isPresent() && !isKey(key.get())) {
                r.problem("key", "'" + key.get() + "' must be lowercase letters, digits and underscores");
                ok = false;
            } else if (key.isPresent() && !keys.add(key.get())) {
                r.problem("key", "the reason '" + key.get() + "' is listed twice");
                ok = false;
            }
            if (label.isPresent() && label.get().length() > 40) {
                r.problem("label", "is " + label.get().length() + " characters; keep it to 40 so it fits the kiosk screen");
                ok = false;
            }
            if (ok) {
                reasons.add(new LateReason(key.get(), label.get(), authorises));
            }
        }
        return reasons;
    }

    /** Lowercase letters, digits and underscores: checked by hand, as a pattern costs more to load than to use. */
    private static boolean isKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static Optional<AttendanceCode> authorisingCode(Section r, String code) {
        Optional<AttendanceCode> found = AttendanceCode.fromCode(code);
        if (found.isEmpty()) {
            r.problem("authorises", "'" + code + "' is not a national attendance code");
            return Optional.empty();
        }
        if (!REASON_CODES_ALLOWED.contains(code)) {
            r.problem("authorises", "'" + code + "' (" + found.get().meaning()
                    + ") is not an authorised-absence code a late reason can claim; use one of "
                    + String.join(", ", new TreeSet<>(REASON_CODES_ALLOWED)));
            return Optional.empty();
        }
        return found;
    }

    /**
     * [consequences] L and U apply to both registers; [consequences.am] and [consequences.pm]
     * replace them for one register, for a rule that depends on the time of day (a same-day
     * lunchtime detention, in one school's policy, cannot follow an afternoon U).
     */
    static Consequences consequences(Section root) {
        Optional<Section> table = root.table("consequences", false);
        if (table.isEmpty()) {
            return Consequences.NONE;
        }
        Section c = table.get();
        c.allowOnly(Set.of("L", "U", "am", "pm", "until"));
        Map<Mark, String> both = marks(c);
        Map<Register, Map<Mark, String>> byRegister = new EnumMap<>(Register.class);
        for (Register register : Register.values()) {
            Map<Mark, String> marks = new EnumMap<>(Mark.class);
            marks.putAll(both);
            Optional<Section> forRegister = c.table(register.name().toLowerCase(), false);
            if (forRegister.isPresent()) {
                forRegister.get().allowOnly(Set.of("L", "U"));
                marks.putAll(marks(forRegister.get()));
            }
            byRegister.put(register, marks);
        }
        return new Consequences(byRegister, until(c));
    }

    /**
     * [consequences.until] L and U: the time of day from which that mark's consequence is no longer
     * told (the start of break for "see your teacher at break"); a mark left out is told all day.
     */
    private static Map<Mark, java.time.LocalTime> until(Section c) {
        Map<Mark, java.time.LocalTime> until = new EnumMap<>(Mark.class);
        Optional<Section> table = c.table("until", false);
        if (table.isPresent()) {
            table.get().allowOnly(Set.of("L", "U"));
            for (Mark mark : java.util.List.of(Mark.L, Mark.U)) {
                Optional<java.time.LocalTime> time = table.get().time(mark.name(), false);
                if (time.isPresent()) {
                    until.put(mark, time.get());
                }
            }
        }
        return until;
    }

    private static Map<Mark, String> marks(Section s) {
        Map<Mark, String> marks = new EnumMap<>(Mark.class);
        for (Mark mark : java.util.List.of(Mark.L, Mark.U)) {
            Optional<String> text = s.string(mark.name(), false);
            if (text.isPresent()) {
                marks.put(mark, text.get());
            }
        }
        return marks;
    }
}
