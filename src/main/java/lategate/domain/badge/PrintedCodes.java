package lategate.domain.badge;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the code on a school's badges is (docs/settings.md, "[badges]"): lategate's own, a pupil's
 * code with its check character, or the school's existing cards' codes taken as scanned.
 */
public enum PrintedCodes {

    /** The pupil's code and its check character: a misread fails the check and is refused. */
    LATEGATE("lategate", "lategate: check character"),
    /**
     * The roster's code as the card carries it (an admission number's barcode, a catering card's
     * NFC number): no check character, so only an exact match and a minimum length guard against misreads.
     */
    AS_IS("as-is", "as-is: exact match");

    private final String setting;
    private final String words;

    PrintedCodes(String setting, String words) {
        this.setting = setting;
        this.words = words;
    }

    /** As written under [badges] printed. */
    public String setting() {
        return setting;
    }

    /** What staff read on the kiosk and from `badges check`, e.g. "as-is: exact match". */
    public String words() {
        return words;
    }

    public static Optional<PrintedCodes> ofSetting(String text) {
        return Arrays.stream(values()).filter(p -> p.setting.equals(text)).findFirst();
    }
}
