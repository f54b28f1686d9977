package lategate.app.movement;

import java.util.List;

/**
 * Puts a printed fire roll where staff can take it: a file in the school's print folder (a USB stick,
 * say) and the printer, whichever the kiosk has. It never throws: what worked and what did not are
 * said, so a printer's fault never stops the roll.
 */
public interface RollPrinter {

    /** What printing did, in words for the staff screen: each place it went, each that failed and why. */
    record Printed(List<String> done, List<String> failed) {

        public Printed {
            done = List.copyOf(done);
            failed = List.copyOf(failed);
        }

        public String words() {
            if (done.isEmpty() && failed.isEmpty()) {
                return "nowhere to print: the settings name no [fire_roll] print_folder and there is no printer (lp)";
            }
            String ok = done.isEmpty() ? "" : "printed: " + String.join("; ", done);
            String bad = failed.isEmpty() ? "" : "NOT printed: " + String.join("; ", failed);
            return ok.isEmpty() ? bad : bad.isEmpty() ? ok : ok + ". " + bad;
        }
    }

    /** Prints {@code text} as a file named {@code fileName}. */
    Printed print(String fileName, String text);

    /** A kiosk with nowhere to print. */
    RollPrinter NONE = (fileName, text) -> new Printed(List.of(), List.of());
}
