package lategate.domain.slip;

import java.util.Objects;

/** One printed line of a slip and how it stands out: a printer adapter turns these into its commands. */
public record SlipLine(String text, boolean bold, boolean centred) {

    public SlipLine {
        Objects.requireNonNull(text, "text");
    }

    static SlipLine heading(String text) {
        return new SlipLine(text, true, true);
    }

    static SlipLine centred(String text) {
        return new SlipLine(text, false, true);
    }

    static SlipLine bold(String text) {
        return new SlipLine(text, true, false);
    }

    static SlipLine plain(String text) {
        return new SlipLine(text, false, false);
    }

    static SlipLine blank() {
        return plain("");
    }

    static SlipLine rule(int width) {
        return plain("-".repeat(width));
    }
}
