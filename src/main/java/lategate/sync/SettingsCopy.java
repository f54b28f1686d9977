package lategate.sync;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.app.sync.SettingsFile;
import lategate.app.sync.SyncFailure;
import lategate.files.CappedFile;
import lategate.settings.SchoolSettings;
import lategate.settings.toml.TomlArray;
import lategate.settings.toml.TomlReader;
import lategate.settings.toml.TomlSyntaxError;
import lategate.settings.toml.TomlTable;

/**
 * The school's settings file as sync sends it: the text as the school wrote it (comments and all,
 * so a reader sees the policy sections), with the kiosk's exit PIN hash withheld: a four-digit PIN's
 * hash is no secret from anyone who can read it, and the hub's readers have no business with it.
 */
public final class SettingsCopy {

    /**
     * A line setting exit_pin_hash however the key is written (bare, "quoted", 'literal', or dotted
     * under its table), with whatever follows on that line.
     */
    private static final Pattern PIN_HASH = Pattern.compile(
            "^([ \\t]*)((?:(?:kiosk|\"kiosk\"|'kiosk')[ \\t]*\\.[ \\t]*)?(?:exit_pin_hash|\"exit_pin_hash\"|'exit_pin_hash')"
                    + "[ \\t]*=)(.*)$");
    /** A password in a postgresql:// address: user:password@ or a password= parameter. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(postgresql://[^:@/\\s\"']*):[^@/\\s\"']*@"
            + "|([?&]password=)[^&\\s\"']*");

    static final String WITHHELD = "# exit_pin_hash withheld by lategate sync: it stays on the kiosk";

    private SettingsCopy() {
    }

    /** The file named by --school, read now, for the school it belongs to. */
    public static SettingsFile of(String schoolId, Path file) {
        String text;
        try {
            text = new String(CappedFile.read(file, SchoolSettings.MAX_FILE_BYTES), StandardCharsets.UTF_8);
        } catch (CappedFile.TooLarge | CappedFile.NotAFile e) {
            throw new SyncFailure("the settings file " + file + " " + e.getMessage() + ": it is not a settings file; "
                    + "nothing was sent", e);
        } catch (IOException e) {
            throw new SyncFailure("cannot read the settings file " + file + ": " + e.getMessage(), e);
        }
        byte[] bytes = withheld(text).getBytes(StandardCharsets.UTF_8);
        return new SettingsFile(schoolId, bytes, new SummaryJson().sha256(bytes));
    }

    /**
     * The text with its secrets withheld: the exit PIN hash (with every line of a multi-line value)
     * and any password in an address. Then the copy is read as TOML, as any reader would, and sent
     * only if no secret is left in any form this did not foresee.
     *
     * @throws SyncFailure when a secret would still travel; nothing is sent then
     */
    static String withheld(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = PIN_HASH.matcher(lines[i]);
            if (m.matches()) {
                out.append(m.group(1)).append(WITHHELD);
                String value = m.group(3).strip();
                String quotes = value.startsWith("\"\"\"") ? "\"\"\"" : value.startsWith("'''") ? "'''" : null;
                if (quotes != null && value.indexOf(quotes, 3) < 0) {
                    // A multi-line string: its lines go with it, up to the one that closes it.
                    while (i + 1 < lines.length && !lines[i + 1].contains(quotes)) {
                        i++;
                    }
                    i++;
                }
            } else {
                out.append(URL_PASSWORD.matcher(lines[i]).replaceAll(r -> Matcher.quoteReplacement(
                        r.group(1) != null ? r.group(1) + ":" + PASSWORD_WITHHELD + "@" : r.group(2) + PASSWORD_WITHHELD)));
            }
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        String copy = out.toString();
        secretLeft(copy).ifPresent(where -> {
            throw new SyncFailure("the settings file holds a secret in a form lategate does not withhold (" + where
                    + "): the settings were not sent; write exit_pin_hash = \"…\" on one line under [kiosk], and "
                    + "keep the hub's password in the file named by password_file");
        });
        return copy;
    }

    static final String PASSWORD_WITHHELD = "WITHHELD";

    /** Where a secret is still in the copy as TOML reads it, if anywhere. */
    private static Optional<String> secretLeft(String copy) {
        TomlTable toml;
        try {
            toml = TomlReader.read(copy);
        } catch (TomlSyntaxError e) {
            return Optional.empty(); // the kiosk's own settings check reports the file; nothing secret is read
        }
        return secretIn(toml, "");
    }

    /** Every key and value of the table, its arrays' tables included, at any depth. */
    private static Optional<String> secretIn(TomlTable table, String path) {
        for (String key : table.keySet()) {
            String where = path.isEmpty() ? key : path + "." + key;
            if (key.endsWith("exit_pin_hash")) {
                return Optional.of(where);
            }
            Optional<String> found = secretInValue(table.get(key), where);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> secretInValue(Object value, String where) {
        if (value instanceof TomlTable t) {
            return secretIn(t, where);
        }
        if (value instanceof TomlArray a) {
            for (int i = 0; i < a.size(); i++) {
                Optional<String> found = secretInValue(a.get(i), where + "[" + (i + 1) + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (value instanceof String text && URL_PASSWORD.matcher(text).find() && !text.contains(PASSWORD_WITHHELD)) {
            return Optional.of(where);
        }
        return Optional.empty();
    }

    /** The name a settings copy has in a folder: {@code SCHOOL_settings.toml}. */
    public static String fileName(String schoolId) {
        return schoolId + "_settings.toml";
    }
}
