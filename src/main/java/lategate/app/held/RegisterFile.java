package lategate.app.held;

import java.util.Optional;

/** The register's file as the program holding it open sees it: still the file at its path, or not. */
public interface RegisterFile {

    /**
     * Empty while the file at the register's path is the one held open; otherwise how it went. Cheap
     * (one look at the path), so it may be asked before every save.
     */
    Optional<Gone> gone();

    /** The file at {@code path} was deleted, or {@code replaced} by another file, while it was open. */
    record Gone(String path, boolean replaced) {

        /** "deleted" or "replaced by another file". */
        public String how() {
            return replaced ? "replaced by another file" : "deleted";
        }
    }
}
