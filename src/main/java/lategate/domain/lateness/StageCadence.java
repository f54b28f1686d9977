package lategate.domain.lateness;

import java.util.Optional;

/**
 * How often the stage ladder proposes, as the school's settings say ({@code [stages] review}):
 * at the end of every 4-weekly block, or only at the end of each half-term, where a school's
 * policy sets half-termly review points. The 4-weekly blocks stay the unit lateness is tracked and
 * reported in either way (docs/settings.md, "[stages]").
 */
public enum StageCadence {
    BLOCK("block", "at the end of every 4-weekly block"),
    HALF_TERM("half-term", "at the end of each half-term");

    private final String setting;
    private final String words;

    StageCadence(String setting, String words) {
        this.setting = setting;
        this.words = words;
    }

    /** The value in the settings file: "block" or "half-term". */
    public String setting() {
        return setting;
    }

    /** "at the end of each half-term". */
    public String words() {
        return words;
    }

    public static Optional<StageCadence> fromSetting(String value) {
        for (StageCadence c : values()) {
            if (c.setting.equals(value)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
