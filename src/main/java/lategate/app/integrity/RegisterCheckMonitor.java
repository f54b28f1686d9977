package lategate.app.integrity;

import java.util.Optional;

/** What staff are shown of the register's checks: the latest, if one was made. */
@FunctionalInterface
public interface RegisterCheckMonitor {

    /** For a desk with no register of its own to check. */
    RegisterCheckMonitor NONE = Optional::empty;

    Optional<CheckedRegister> latest();
}
