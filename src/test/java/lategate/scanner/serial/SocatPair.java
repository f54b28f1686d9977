package lategate.scanner.serial;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A pseudo-terminal pair made by socat, standing in for a USB serial scanner: the kiosk reads
 * {@link #scanner()}, the test writes bytes into {@link #feed()} as the scanner would send them.
 * Stopping socat removes both paths, as unplugging removes /dev/ttyACM0; starting it again with the
 * same paths is plugging the scanner back in.
 */
public final class SocatPair implements AutoCloseable {

    private static final Duration READY = Duration.ofSeconds(10);

    private final Path scanner;
    private final Path feed;
    private Process socat;
    private OutputStream feedOut;

    public SocatPair(Path dir) {
        this.scanner = dir.resolve("scanner");
        this.feed = dir.resolve("feed");
    }

    /** Starts socat and waits until both ends are there. */
    public SocatPair start() throws IOException, InterruptedException {
        socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + scanner,
                "pty,raw,echo=0,link=" + feed).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + READY.toNanos();
        while (!(Files.exists(scanner) && Files.exists(feed))) {
            if (!socat.isAlive() || System.nanoTime() > deadline) {
                throw new IOException("socat did not make " + scanner + " and " + feed + " (is socat installed?)");
            }
            Thread.sleep(10);
        }
        return this;
    }

    /** The path the kiosk's settings name as the scanner's port. */
    public Path scanner() {
        return scanner;
    }

    public Path feed() {
        return feed;
    }

    /** Sends bytes as the scanner would, all at once. */
    public void send(byte[] bytes) throws IOException {
        if (feedOut == null) {
            feedOut = new FileOutputStream(feed.toFile());
        }
        feedOut.write(bytes);
        feedOut.flush();
    }

    /** Unplugs the scanner: socat stops (on SIGTERM it removes both paths) and the pair is gone. */
    public void stop() throws IOException, InterruptedException {
        if (feedOut != null) {
            feedOut.close();
            feedOut = null;
        }
        if (socat != null) {
            socat.destroy();
            if (!socat.waitFor(10, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor();
            }
            socat = null;
        }
        Files.deleteIfExists(scanner); // left behind only if socat had to be killed outright
        Files.deleteIfExists(feed);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        stop();
    }
}
