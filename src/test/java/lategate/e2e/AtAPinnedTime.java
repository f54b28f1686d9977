package lategate.e2e;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import lategate.cli.Main;

/**
 * {@code lategate ARGS} with the clock pinned at an instant, in a JVM of its own: for e2e set-up
 * that must happen on a given school day (the jar's commands run on the real clock). A JVM of its
 * own, not the test's, so the test JVM's direct sqlite-jdbc connections and lategate's cached
 * native library never meet in one process.
 */
public final class AtAPinnedTime {

    private AtAPinnedTime() {
    }

    /** {@code AtAPinnedTime INSTANT ARGS...} */
    public static void main(String[] args) {
        Clock clock = Clock.fixed(Instant.parse(args[0]), ZoneId.of("Europe/London"));
        System.exit(Main.commandLine(clock).execute(Arrays.copyOfRange(args, 1, args.length)));
    }
}
