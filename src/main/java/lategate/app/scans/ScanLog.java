package lategate.app.scans;

import java.time.LocalDate;
import java.util.List;

/** Every scan of one school day, read back from the register and the scan log. */
public interface ScanLog {

    /** The day's scans, accepted and refused, in the order they were taken. */
    List<LoggedScan> on(LocalDate schoolDate);
}
