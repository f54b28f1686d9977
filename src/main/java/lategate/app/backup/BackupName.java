package lategate.app.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A backup file's name, {@code SCHOOL_YYYY-MM-DDTHHMMSS.db} in the school's local time: staff read
 * it off a USB stick, and the names of one school sort oldest first. Rotation removes only files
 * whose whole name has this form, so nothing else in the folder is ever touched.
 */
public record BackupName(String schoolId, LocalDateTime madeAt) implements Comparable<BackupName> {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss", Locale.ROOT);

    public BackupName {
        Objects.requireNonNull(schoolId, "schoolId");
        madeAt = madeAt.truncatedTo(ChronoUnit.SECONDS);
    }

    public String fileName() {
        return schoolId + "_" + stamp() + ".db";
    }

    /** The time as in the name, {@code 2026-11-23T180000}: also names the file a restore replaces. */
    public String stamp() {
        return STAMP.format(madeAt);
    }

    /** The name if {@code fileName} is one of this school's backups, else empty. */
    public static Optional<BackupName> parse(String schoolId, String fileName) {
        Matcher m = Pattern.compile(Pattern.quote(schoolId) + "_(\\d{4}-\\d{2}-\\d{2}T\\d{6})\\.db").matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BackupName(schoolId, LocalDateTime.parse(m.group(1), STAMP)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public int compareTo(BackupName other) {
        return madeAt.compareTo(other.madeAt);
    }
}
