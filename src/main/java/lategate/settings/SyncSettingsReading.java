package lategate.settings;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;

/** Reads the optional {@code [sync]} table of a settings file: a folder or a PostgreSQL hub, never a password. */
final class SyncSettingsReading {

    private SyncSettingsReading() {
    }

    /** The optional [sync] table: where and when daily summaries go. */
    static SyncSettings read(Section root) {
        Optional<Section> table = root.table("sync", false);
        if (table.isEmpty()) {
            return SyncSettings.NONE;
        }
        Section s = table.get();
        s.allowOnly(Set.of("target", "summary_at", "automatic", "password_file"));
        Optional<String> target = s.string("target", false).filter(t -> validTarget(s, t));
        Optional<LocalTime> at = s.time("summary_at", false);
        boolean automatic = s.bool("automatic", false).orElse(false);
        Optional<Path> passwordFile = s.string("password_file", false).map(Path::of);
        passwordFile.filter(p -> !p.isAbsolute()).ifPresent(p -> s.problem("password_file",
                "'" + p + "' must be an absolute path, e.g. \"/etc/lategate/hub-password\""));
        if (automatic && target.isEmpty() && !s.has("target")) {
            s.problem("automatic", "automatic sync needs a target: add target = \"/media/usb/lategate\" or "
                    + "target = \"postgresql://user@host:5432/attendance\" under [sync]");
        }
        return new SyncSettings(target, at, automatic, passwordFile);
    }

    private static boolean validTarget(Section s, String target) {
        if (target.contains("://")) {
            if (!target.startsWith("postgresql://")) {
                s.problem("target", "'" + target + "' is not a folder or a postgresql:// address");
                return false;
            }
            String authority = target.substring("postgresql://".length()).split("[/?]", 2)[0];
            String query = target.contains("?") ? target.substring(target.indexOf('?') + 1) : "";
            if (java.util.Arrays.stream(query.split("&")).map(p -> p.split("=", 2)[0].toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(p -> p.equals("password") || p.equals("sslpassword"))) {
                s.problem("target", "the address holds a password parameter: keep the password in the file named "
                        + "by password_file (or the environment variable LATEGATE_HUB_PASSWORD), never in the "
                        + "settings");
                return false;
            }
            if (authority.contains("@") && authority.substring(0, authority.indexOf('@')).contains(":")) {
                s.problem("target", "the address holds a password: keep it in the file named by password_file "
                        + "(or the environment variable LATEGATE_HUB_PASSWORD), never in the settings");
                return false;
            }
            return true;
        }
        if (!Path.of(target).isAbsolute()) {
            s.problem("target", "the folder '" + target + "' must be an absolute path, e.g. \"/media/usb/lategate\"");
            return false;
        }
        return true;
    }
}
