package lategate.scanner;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** Whether a serial scanner can be read now, since when, and if not, why, for staff to put right. */
public sealed interface ScannerStatus {

    /** The scanner's name in the settings. */
    String name();

    /** Its port's path. */
    String port();

    Instant since();

    /** One line for the staff screen. */
    String words(ZoneId zone, Instant now);

    /** Started, not yet tried: for the moment between the kiosk starting and the port's first opening. */
    record Opening(String name, String port, Instant since) implements ScannerStatus {

        public Opening {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String words(ZoneId zone, Instant now) {
            return "Scanner '" + name + "' (" + port + ") is being opened.";
        }
    }

    record Connected(String name, String port, Instant since) implements ScannerStatus {

        public Connected {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(since, "since");
        }

        @Override
        public String words(ZoneId zone, Instant now) {
            return "Scanner '" + name + "' (" + port + ") connected since " + StatusTime.of(since, zone, now) + ".";
        }
    }

    /** @param why what staff should do, e.g. "check its cable" */
    record Missing(String name, String port, Instant since, String why) implements ScannerStatus {

        public Missing {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(port, "port");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(why, "why");
        }

        @Override
        public String words(ZoneId zone, Instant now) {
            return "Scanner '" + name + "' (" + port + ") missing since " + StatusTime.of(since, zone, now) + ": " + why;
        }
    }
}
