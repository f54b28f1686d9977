package lategate.app.slips;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.register.TimeWords;

/**
 * How the slip printer is doing, for one line of the staff menu (docs/receptionist.md, "Late slips").
 *
 * @param printer        as the settings name it, e.g. "/dev/usb/lp0"
 * @param troubleSince   when the printer last stopped answering, while it still does not
 * @param why            what went wrong last, e.g. "/dev/usb/lp0 is not there"; empty while printing works
 * @param notPrinted     slips handed since the kiosk started that did not come out
 * @param printed        slips printed since the kiosk started
 */
public record SlipPrinterStatus(String printer, Optional<Instant> troubleSince, String why, int notPrinted,
                                int printed) {

    public SlipPrinterStatus {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(troubleSince, "troubleSince");
        Objects.requireNonNull(why, "why");
    }

    public boolean inTrouble() {
        return troubleSince.isPresent() || notPrinted > 0;
    }

    /** One line for staff: the printer's trouble first, and always that the marks are recorded. */
    public String words(ZoneId zone, Instant now) {
        String slips = notPrinted == 1 ? "1 slip" : notPrinted + " slips";
        if (troubleSince.isPresent()) {
            Instant since = troubleSince.get();
            String when = TimeWords.CLOCK.format(since.atZone(zone))
                    + (since.atZone(zone).toLocalDate().equals(now.atZone(zone).toLocalDate()) ? ""
                    : " on " + TimeWords.DAY.format(since.atZone(zone)));
            return "Slip printer (" + printer + "): not answering since " + when
                    + (notPrinted > 0 ? " - " + slips + " not printed" : "") + ". Marks are recorded."
                    + (why.isEmpty() ? "" : " (" + why + ")") + (notPrinted > 0 ? " S: print them again." : "");
        }
        if (notPrinted > 0) {
            return "Slip printer (" + printer + "): working again; " + slips
                    + " not printed earlier. Marks are recorded. S: print them again.";
        }
        return "Slip printer (" + printer + "): " + (printed == 1 ? "1 slip" : printed + " slips")
                + " printed.";
    }
}
