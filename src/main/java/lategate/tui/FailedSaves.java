package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import lategate.app.KioskFaultLog;

/**
 * The saves a kiosk could not make. The fault is written to the same database that just refused
 * a save, so it may be refused too: then it is held here and written once the database takes
 * writes again, and the office still learns how often pupils were told "not saved".
 */
final class FailedSaves {

    private record Fault(Instant at, LocalDate day, String what) {
    }

    private final KioskFaultLog log;
    private final String kioskId;
    private final ZoneId zone;
    private final List<Fault> waiting = new ArrayList<>();

    FailedSaves(KioskFaultLog log, String kioskId, ZoneId zone) {
        this.log = log;
        this.kioskId = kioskId;
        this.zone = zone;
    }

    void note(Instant at, RuntimeException cause) {
        String what = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        waiting.add(new Fault(at, at.atZone(zone).toLocalDate(), what));
        flush();
    }

    /** Writes the faults held so far, oldest first; stops at the first that is still refused. */
    void flush() {
        while (!waiting.isEmpty()) {
            Fault f = waiting.get(0);
            try {
                log.failedSave(f.at(), f.day(), kioskId, f.what());
            } catch (RuntimeException stillRefused) {
                return;
            }
            waiting.remove(0);
        }
    }

    int held() {
        return waiting.size();
    }
}
