package lategate.sync.hub;

import java.nio.file.Path;
import java.util.Optional;
import lategate.app.sync.SyncFailure;
import lategate.app.sync.SyncTarget;
import lategate.sync.FolderTarget;

/** Opens the target a school's settings or `--to` names: a folder path, or a postgresql:// hub. */
public final class SyncTargets {

    private SyncTargets() {
    }

    public static boolean isHub(String target) {
        return HubAddress.isHub(target);
    }

    /** The name deliveries to a target are recorded under, without opening it (a hub's: its address). */
    public static String nameOf(String target) {
        return isHub(target) ? HubAddress.parse(target).name() : new FolderTarget(Path.of(target)).name();
    }

    /**
     * Opens the target. A hub's password comes from {@code passwordFile} (the school's
     * {@code [sync] password_file}) if one is named, else the environment variable
     * LATEGATE_HUB_PASSWORD; never from the address. A hub is connected to here, so one that is
     * unreachable or refuses the credential stops the sync before anything is sent.
     */
    public static SyncTarget open(String target, Optional<Path> passwordFile) {
        if (target.contains("://") && !isHub(target)) {
            // only the scheme is repeated: whatever follows it may hold a password
            throw new SyncFailure("'" + target.substring(0, target.indexOf("://") + 3) + "…' is neither a folder nor a "
                    + "postgresql:// hub address");
        }
        if (isHub(target)) {
            return HubTarget.open(target, HubPassword.from(passwordFile));
        }
        return new FolderTarget(Path.of(target));
    }
}
