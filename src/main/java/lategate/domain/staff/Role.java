package lategate.domain.staff;

import java.util.Locale;
import java.util.Optional;

/** A member of staff's role at lategate; what each role may do is {@link AccessPolicy}'s table. */
public enum Role {
    RECEPTIONIST("receptionist", "receptionist"),
    ATTENDANCE_LEAD("attendance-lead", "attendance lead"),
    ADMINISTRATOR("administrator", "administrator");

    private final String word;
    private final String words;

    Role(String word, String words) {
        this.word = word;
        this.words = words;
    }

    /** The one word for the command line and the database: "attendance-lead". */
    public String word() {
        return word;
    }

    /** For sentences: "attendance lead". */
    public String words() {
        return words;
    }

    /** For sentences, with "a" or "an": "an attendance lead". */
    public String withArticle() {
        return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
    }

    /** A role from its word, forgiving case and "_" or a space for "-"; empty if it is none. */
    public static Optional<Role> fromWord(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        for (Role role : values()) {
            if (role.word.equals(wanted)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** "receptionist, attendance-lead or administrator", for messages. */
    public static String choices() {
        return "receptionist, attendance-lead or administrator";
    }
}
