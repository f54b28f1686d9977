package lategate.fakes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lategate.app.KioskFaultLog;

/** The saves a kiosk could not make, noted in memory for a test to read back. */
public final class InMemoryKioskFaults implements KioskFaultLog {

    public record Fault(Instant at, LocalDate schoolDay, String kioskId, String what) {
    }

    private final List<Fault> faults = new ArrayList<>();

    @Override
    public synchronized void failedSave(Instant at, LocalDate schoolDay, String kioskId, String what) {
        faults.add(new Fault(at, schoolDay, kioskId, what));
    }

    public synchronized List<Fault> faults() {
        return List.copyOf(faults);
    }
}
