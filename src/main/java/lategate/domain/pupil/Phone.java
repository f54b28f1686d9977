package lategate.domain.pupil;

import java.util.Objects;
import java.util.Optional;

/**
 * One number an adult can be rung on, as written, with the label the family or the school's
 * records gave it ("mobile", "work"). Schools hold more than one number where they can
 * ("Keeping children safe in education": more than one emergency contact number for each pupil;
 * docs/receptionist.md, "Contacts"), so an adult may have several.
 *
 * @param number digits with spaces, + ( ) -, as written
 * @param label  how the number was described, e.g. "mobile"; empty when it was not
 */
public record Phone(String number, Optional<String> label) {

    public Phone {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(label, "label");
        if (number.isBlank()) {
            throw new IllegalArgumentException("a phone has a number");
        }
        label = label.map(String::strip).filter(l -> !l.isEmpty());
    }

    public static Phone of(String number) {
        return new Phone(number, Optional.empty());
    }

    /** As staff read it: "07700 900125 (mobile)". */
    public String inWords() {
        return number + label.map(l -> " (" + l + ")").orElse("");
    }
}
