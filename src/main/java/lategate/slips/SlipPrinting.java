package lategate.slips;

import java.io.IOException;
import lategate.domain.slip.LateSlip;
import lategate.settings.SlipSettings;

/** One slip printed now, waiting for the printer: for a command at a terminal, never for the kiosk's scans. */
public final class SlipPrinting {

    private SlipPrinting() {
    }

    /** Sends {@code slip} to the settings' printer, or says why it could not. */
    public static void printNow(SlipSettings settings, LateSlip slip) throws IOException {
        SlipOutput.of(settings.printer()).send(new EscPosSlip(settings).bytes(slip));
    }
}
