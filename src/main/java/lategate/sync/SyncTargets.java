package lategate.sync;

import java.nio.file.Path;
import lategate.app.sync.SyncFailure;
import lategate.app.sync.SyncTarget;

/** Opens the target a school's settings or `--to` names: a folder path, or a postgresql:// hub. */
public final class SyncTargets {

    private SyncTargets() {
    }

    public static boolean isHub(String target) {
        return target.startsWith("postgresql://");
    }

    /** The name deliveries to a target are recorded under, without opening it. */
    public static String nameOf(String target) {
        return isHub(target) ? target : new FolderTarget(Path.of(target)).name();
    }

    public static SyncTarget open(String target) {
        if (target.contains("://") && !isHub(target)) {
            throw new SyncFailure("'" + target + "' is neither a folder nor a postgresql:// hub address");
        }
        if (isHub(target)) {
            throw new SyncFailure("sending to a PostgreSQL hub is not built yet: sync to a folder for now");
        }
        return new FolderTarget(Path.of(target));
    }
}
