package lategate.domain.slip;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.register.Mark;
import lategate.domain.register.Register;
import lategate.domain.register.TimeWords;

/**
 * The slip a late pupil takes to their class teacher (docs/settings.md, "[slips]"): what the register holds for
 * the arrival, in the school's words, and a line for the teacher's initials. Only a late mark (L or U) has one.
 *
 * @param arrived     the arrival in the school's local time
 * @param reason      the reason as the register holds it, e.g. "Woke up late" or "not given"
 * @param consequence what the school's settings tell a pupil with this mark, if anything
 */
public record LateSlip(String schoolName, String pupilName, String className, LocalDateTime arrived, Mark mark,
                       Register register, long minutesLate, String reason, Optional<String> consequence) {

    /** What the teacher signs on. */
    public static final String INITIALS = "Teacher's initials: ______";

    public LateSlip {
        Objects.requireNonNull(schoolName, "schoolName");
        Objects.requireNonNull(pupilName, "pupilName");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(arrived, "arrived");
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(consequence, "consequence");
        if (!mark.isLate()) {
            throw new IllegalArgumentException("only a late mark (L or U) has a slip, not " + mark.id());
        }
        if (minutesLate < 0) {
            throw new IllegalArgumentException("minutes late cannot be negative: " + minutesLate);
        }
    }

    /**
     * The mark with what it means, as the school's register records it: L is present but late; U is an
     * unauthorised absence for the session (School Attendance (Pupil Registration) (England) Regulations 2024,
     * the national codes L and U).
     */
    public String markWords() {
        String session = register == Register.AM ? "morning" : "afternoon";
        return mark == Mark.L ? "late, before the " + session + " register closed: present"
                : "after the " + session + " register closed: an unauthorised absence for the " + session;
    }

    /** The slip line by line for paper {@code width} characters wide: long values wrap, nothing is cut off. */
    public List<SlipLine> lines(int width) {
        if (width < 20) {
            throw new IllegalArgumentException("a slip needs at least 20 characters a line, not " + width);
        }
        List<SlipLine> lines = new ArrayList<>();
        wrap(schoolName, width).forEach(l -> lines.add(SlipLine.heading(l)));
        lines.add(SlipLine.centred("LATE SLIP"));
        lines.add(SlipLine.rule(width));
        wrap(pupilName, width).forEach(l -> lines.add(SlipLine.bold(l)));
        field(lines, "Class", className, width);
        field(lines, "Date", TimeWords.DAY.format(arrived), width);
        field(lines, "Time", TimeWords.CLOCK.format(arrived), width);
        lines.add(SlipLine.bold("Mark: " + mark.id()));
        wrap(markWords(), width).forEach(l -> lines.add(SlipLine.plain(l)));
        field(lines, "Minutes late", String.valueOf(minutesLate), width);
        field(lines, "Reason", reason, width);
        consequence.ifPresent(c -> wrap(c, width).forEach(l -> lines.add(SlipLine.plain(l))));
        lines.add(SlipLine.blank());
        lines.add(SlipLine.plain(INITIALS));
        return List.copyOf(lines);
    }

    private static void field(List<SlipLine> lines, String label, String value, int width) {
        wrap(label + ": " + value, width).forEach(l -> lines.add(SlipLine.plain(l)));
    }

    /** Breaks {@code text} at spaces into lines of at most {@code width}; a word longer than a line is split. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            while (word.length() > width) {
                if (!line.isEmpty()) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                out.add(word.substring(0, width));
                word = word.substring(width);
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                out.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
