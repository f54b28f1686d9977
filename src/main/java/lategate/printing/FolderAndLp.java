package lategate.printing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import lategate.app.movement.RollPrinter;

/**
 * Prints a fire roll the two ways a kiosk may have: a file in a folder (a USB stick to carry out to the
 * assembly point), and the system's printer through {@code lp} when it is on the PATH. Each is tried
 * whatever the other did, and nothing here throws: a printer out of paper must never stop the roll.
 */
public final class FolderAndLp implements RollPrinter {

    /** How long {@code lp} may take to queue the file before the kiosk stops waiting for it. */
    private static final long LP_SECONDS = 10;

    private final Optional<Path> folder;
    private final Optional<Path> lp;

    /** Prints to {@code folder} if present, and with {@code lp} (the command's file) if present. */
    public FolderAndLp(Optional<Path> folder, Optional<Path> lp) {
        this.folder = folder;
        this.lp = lp;
    }

    /** Prints to {@code folder} if present, and with {@code lp} if it is on this process's PATH. */
    public static FolderAndLp onThisMachine(Optional<Path> folder) {
        return new FolderAndLp(folder, onPath("lp", System.getenv("PATH")));
    }

    /** The command named {@code name} in the first folder of {@code path} that has it, executable. */
    static Optional<Path> onPath(String name, String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public Printed print(String fileName, String text) {
        List<String> done = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Optional<Path> saved = Optional.empty();
        if (folder.isPresent()) {
            Path dir = folder.get();
            try {
                if (!Files.isDirectory(dir)) {
                    throw new IOException("the folder is not there (is the USB stick in?)");
                }
                Path file = dir.resolve(fileName);
                Files.writeString(file, text, StandardCharsets.UTF_8);
                saved = Optional.of(file);
                done.add("saved to " + file);
            } catch (IOException | RuntimeException e) {
                failed.add("not saved to " + dir + ": " + e.getMessage());
            }
        }
        if (lp.isPresent()) {
            printWith(lp.get(), fileName, text, saved, done, failed);
        }
        return new Printed(done, failed);
    }

    private static void printWith(Path command, String fileName, String text, Optional<Path> saved, List<String> done,
                                  List<String> failed) {
        Path file = null;
        boolean temporary = saved.isEmpty();
        try {
            file = saved.isPresent() ? saved.get() : Files.createTempFile("lategate-", "-" + fileName);
            if (temporary) {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            }
            Process p = new ProcessBuilder(command.toString(), file.toString()).redirectErrorStream(true).start();
            p.getOutputStream().close();
            if (!p.waitFor(LP_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                failed.add("the printer did not answer in " + LP_SECONDS + " seconds");
                return;
            }
            String said = new String(p.getInputStream().readNBytes(400), StandardCharsets.UTF_8).strip();
            if (p.exitValue() == 0) {
                done.add("sent to the printer" + (said.isEmpty() ? "" : " (" + said.lines().findFirst().orElse("") + ")"));
            } else {
                failed.add("the printer refused it (lp: " + (said.isEmpty() ? "exit " + p.exitValue()
                        : said.lines().findFirst().orElse("")) + ")");
            }
        } catch (IOException | RuntimeException e) {
            failed.add("the printer could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed.add("printing was interrupted");
        } finally {
            if (temporary && file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary copy left behind holds only the roll; the system's temp cleaning removes it
                }
            }
        }
    }
}
