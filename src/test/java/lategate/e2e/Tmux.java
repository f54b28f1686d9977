package lategate.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A private tmux server for one test: a real terminal of a fixed size that a test types into
 * with send-keys and reads with capture-pane, as a person at the kiosk would.
 */
final class Tmux implements AutoCloseable {

    private final String server = "lategate-test-" + UUID.randomUUID().toString().substring(0, 8);

    /** Starts {@code command} in a new 80x24 window named {@code name}. */
    void start(String name, String command) throws Exception {
        run("new-session", "-d", "-x", "80", "-y", "24", "-s", name, "exec " + command);
        run("set", "-g", "escape-time", "0");
    }

    /** Types each argument as tmux keys: text is sent literally in pieces, "Enter", "F12" as keys. */
    void keys(String name, String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", name));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    String screen(String name) throws Exception {
        return run("capture-pane", "-p", "-t", name);
    }

    /**
     * Waits until the screen shows {@code text} and has settled (two captures 100 ms apart are the
     * same), so a caller never reads a screen caught half drawn: the kiosk repaints a whole screen
     * at a time, and capture-pane can land between its title row and the rows under it.
     * Fails with the screen as it was.
     */
    String waitFor(String name, String text, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String screen = "";
        String shown = null;
        while (System.nanoTime() < deadline) {
            screen = screen(name);
            if (screen.contains(text)) {
                if (screen.equals(shown)) {
                    return screen;
                }
                shown = screen;
                Thread.sleep(100);
                continue;
            }
            shown = null;
            Thread.sleep(50);
        }
        if (shown != null) {
            return shown; // showed the text, but never held still: a clock ticking on screen, say
        }
        throw new AssertionError("screen never showed '" + text + "' within " + timeout + ":\n" + screen);
    }

    /** The process id of the program running in the window (started with exec, so it is the JVM). */
    long pid(String name) throws Exception {
        return Long.parseLong(run("display-message", "-p", "-t", name, "#{pane_pid}").strip());
    }

    boolean alive(String name) {
        try {
            return run("has-session", "-t", name) != null;
        } catch (Exception e) {
            return false;
        }
    }

    private String run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", server));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("tmux " + String.join(" ", args) + " did not finish");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() {
        try {
            run("kill-server");
        } catch (Exception e) {
            // the server is already gone when every window has closed
        }
    }
}
