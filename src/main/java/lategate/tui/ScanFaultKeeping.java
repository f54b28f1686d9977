package lategate.tui;

import java.time.Instant;
import java.time.ZoneId;
import lategate.app.RegisterLog;
import lategate.app.ScanFaultLimit;
import lategate.scanner.KioskInput;

/**
 * A scanner's faults, kept for the office: the scan log names the scanner, the fault and what it
 * sent, up to {@link ScanFaultLimit#PER_MINUTE} a minute from one scanner, and counts the rest. A
 * fault the database refuses is held with the kiosk's other failed saves.
 */
final class ScanFaultKeeping {

    private final RegisterLog register;
    private final FailedSaves failedSaves;
    private final String kioskId;
    private final ZoneId zone;
    private final ScanFaultLimit limit = new ScanFaultLimit();

    ScanFaultKeeping(RegisterLog register, FailedSaves failedSaves, String kioskId, ZoneId zone) {
        this.register = register;
        this.failedSaves = failedSaves;
        this.kioskId = kioskId;
        this.zone = zone;
    }

    /** Keeps {@code fault}; returns whether it has a row of its own, rather than only a count. */
    boolean keep(KioskInput.ScanFault fault, Instant now) {
        // The limit's minutes run on the kiosk's own clock, the one its ticks end them by: a fault is
        // timed where it was read, and a scanner's clock may not be the kiosk's (docs/domain.md, "The kiosk's clock").
        ScanFaultLimit.Admission admitted = limit.admit(fault.source(), now);
        admitted.leftOut().ifPresent(this::keepCount);
        if (admitted.logged()) {
            try {
                register.recordScanFault(fault.raw(), fault.at(), kioskId, fault.source(),
                        "scanner '" + fault.source() + "' " + fault.what());
            } catch (RuntimeException e) {
                failedSaves.note(fault.at(), e);
            }
        }
        return admitted.logged();
    }

    /** The counts of faults left out of a minute that is over, kept as rows of their own. */
    void tick(Instant now) {
        limit.endedBy(now).forEach(this::keepCount);
    }

    /** The kiosk is stopping: the counts not kept yet are kept now rather than at the end of their minute. */
    void stopping() {
        limit.remaining().forEach(this::keepCount);
    }

    /** The count of a scanner's faults that had no row each, as a fault row of its own. */
    private void keepCount(ScanFaultLimit.LeftOut leftOut) {
        try {
            register.recordScanFault("", leftOut.last(), kioskId, leftOut.source(), leftOut.words(zone));
        } catch (RuntimeException e) {
            failedSaves.note(leftOut.last(), e);
        }
    }
}
