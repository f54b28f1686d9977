package lategate.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.SyncFailure;

/**
 * The school's settings file as sync sends it: the text as the school wrote it (comments and all,
 * so a reader sees the policy sections), with the kiosk's exit PIN hash withheld: a four-digit PIN's
 * hash is no secret from anyone who can read it, and the hub's readers have no business with it.
 */
public final class SettingsCopy {

    /** A line setting exit_pin_hash, bare or quoted, with whatever follows. */
    private static final Pattern PIN_HASH = Pattern.compile("(?m)^([ \\t]*)(\"?exit_pin_hash\"?[ \\t]*=).*$");

    static final String WITHHELD = "# exit_pin_hash withheld by lategate sync: it stays on the kiosk";

    private SettingsCopy() {
    }

    /** The file named by --school, read now, for the school it belongs to. */
    public static SettingsFile of(String schoolId, Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SyncFailure("cannot read the settings file " + file + ": " + e.getMessage(), e);
        }
        byte[] bytes = withheld(text).getBytes(StandardCharsets.UTF_8);
        return new SettingsFile(schoolId, bytes, new SummaryJson().sha256(bytes));
    }

    static String withheld(String text) {
        return PIN_HASH.matcher(text).replaceAll("$1" + WITHHELD);
    }

    /** The name a settings copy has in a folder: {@code SCHOOL_settings.toml}. */
    public static String fileName(String schoolId) {
        return schoolId + "_settings.toml";
    }
}
