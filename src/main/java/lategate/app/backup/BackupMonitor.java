package lategate.app.backup;

/** Where the staff screen learns how the kiosk's backups are going. */
public interface BackupMonitor {

    BackupOverview overview();

    /** For a kiosk with no backups wired (tests, probes). */
    BackupMonitor NONE = () -> new BackupOverview(java.util.Optional.empty(), java.util.Optional.empty(),
            java.time.LocalTime.of(18, 0), java.util.Optional.empty());
}
