package lategate.app.held;

/** One line of a file of held scans, numbered from 1: a scan, or a line that is not one and why. */
public sealed interface AsideLine {

    int number();

    record Scan(int number, WaitingScan scan) implements AsideLine {
    }

    record Bad(int number, String what) implements AsideLine {
    }
}
