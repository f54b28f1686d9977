package lategate.app.sync;

import java.util.Objects;

/**
 * A copy of the school's settings file as it travels with the summaries, so wherever they land
 * (a hub's reports) can read the school's calendar, registers and thresholds. Secrets (the kiosk's
 * exit PIN hash) are withheld before it is made; the SHA-256 is of exactly these bytes.
 */
public record SettingsFile(String schoolId, byte[] text, String sha256) {

    public SettingsFile {
        Objects.requireNonNull(schoolId, "schoolId");
        Objects.requireNonNull(sha256, "sha256");
        text = text.clone();
    }

    @Override
    public byte[] text() {
        return text.clone();
    }
}
