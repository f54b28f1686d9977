package lategate.app.slips;

import java.util.List;
import java.util.Optional;
import lategate.domain.slip.LateSlip;

/**
 * Where the kiosk hands a late pupil's slip once their mark (and reason) is on disk. Handing never blocks and
 * never throws: a printer out of paper, unplugged or refusing must not delay or lose a mark, so a slip that
 * cannot be printed is only counted and kept for staff to see ({@link #status()}). Safe from any thread.
 */
public interface LateSlips {

    /** No {@code [slips]} in the settings: nothing is printed, and the staff menu says nothing of a printer. */
    LateSlips NONE = new LateSlips() {
        @Override
        public void hand(LateSlip slip) {
        }

        @Override
        public Optional<SlipPrinterStatus> status() {
            return Optional.empty();
        }

        @Override
        public List<LateSlip> notPrinted() {
            return List.of();
        }

        @Override
        public int reprint() {
            return 0;
        }
    };

    /** Queues {@code slip} to print, returning at once; a full queue keeps it as not printed. */
    void hand(LateSlip slip);

    /** How the printer is doing, for the staff menu; empty when the school prints no slips. */
    Optional<SlipPrinterStatus> status();

    /** The slips not printed since the kiosk started, oldest first, for staff to write out or reprint. */
    List<LateSlip> notPrinted();

    /**
     * Hands every slip not printed to the printer again, oldest first, returning how many; each that fails
     * again is kept again. Staff ask for it once the printer is put right.
     */
    int reprint();
}
