package lategate.domain.register;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the national guidance, "Working together to improve school attendance" (DfE, August 2024),
 * asks of how long a register stays open: it closes 30 minutes after it is taken at most, and a
 * school keeps its registers open for the same time morning and afternoon. A school's policy may
 * say otherwise, and the policy is what a mark follows, so these are concerns to raise when the
 * settings are checked, never a refusal: each says which register, by how much, and the source.
 */
public final class RegisterWindowGuidance {

    /** The guidance's name, as every concern cites it. */
    public static final String SOURCE = "\"Working together to improve school attendance\" (DfE, August 2024)";
    /** The longest a register stays open under the guidance. */
    public static final Duration LONGEST_OPEN = Duration.ofMinutes(30);

    private RegisterWindowGuidance() {
    }

    /** One concern about one register's window, in words for the person editing the settings. */
    public record Concern(Register register, String message) {
    }

    /** How long {@code window} stays open: from when it is taken to when it closes. */
    public static Duration open(RegisterWindow window) {
        return Duration.between(window.taken(), window.closes());
    }

    /** What the guidance would question about a school's two registers; empty when nothing. */
    public static List<Concern> concerns(RegisterWindow morning, RegisterWindow afternoon) {
        List<Concern> concerns = new ArrayList<>();
        for (RegisterWindow window : List.of(morning, afternoon)) {
            Duration open = open(window);
            if (open.compareTo(LONGEST_OPEN) > 0) {
                concerns.add(new Concern(window.register(), "the " + window.register().words() + " register is open "
                        + minutes(open) + " (" + window.taken() + " to " + window.closes() + "): " + SOURCE + " asks that a register closes no "
                        + "later than " + minutes(LONGEST_OPEN) + " after it is taken; the mark follows the school's policy (" + window.source() + "): check it is what "
                        + "the policy says"));
            }
        }
        Duration am = open(morning);
        Duration pm = open(afternoon);
        Duration suggested = am.compareTo(LONGEST_OPEN) > 0 ? LONGEST_OPEN : am;
        if (!am.equals(pm)) {
            concerns.add(new Concern(Register.PM, "the afternoon register is open " + minutes(pm) + " ("
                    + afternoon.taken() + " to " + afternoon.closes() + ") and the morning one " + minutes(am) + " ("
                    + morning.taken() + " to " + morning.closes() + "): " + SOURCE + " keeps registers open for "
                    + "the same time each session; where the policy gives no afternoon close, close it "
                    + minutes(suggested) + " after it is taken (at " + afternoon.taken().plus(suggested) + ") and ask the school "
                    + "to confirm"));
        }
        return concerns;
    }

    private static String minutes(Duration d) {
        long m = d.toMinutes();
        return m + (m == 1 ? " minute" : " minutes");
    }
}
