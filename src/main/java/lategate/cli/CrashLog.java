package lategate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an internal error's stack trace goes, so that standard error holds one line a person can
 * read and a script can tell a crash (exit 70, EX_SOFTWARE in sysexits.h) from bad input (exit 1).
 * The file is the user's to read only (0600), in {@code $XDG_STATE_HOME/lategate/}, else in
 * {@code ~/.local/state/lategate/} (the XDG base directory default), else, when neither can be
 * written (a read-only home on a kiosk), in the system's temporary folder.
 */
final class CrashLog {

    /** The exit code of an internal error: sysexits.h EX_SOFTWARE. */
    static final int EXIT_SOFTWARE = 70;

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final List<Path> folders;

    CrashLog(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** The folders this process's environment names, in the order they are tried. */
    static CrashLog standard() {
        return new CrashLog(folders(System.getenv(), System.getProperty("user.home"),
                System.getProperty("java.io.tmpdir")));
    }

    /**
     * The folders to try: the XDG state folder if the variable names an absolute path (the
     * specification says a relative one is to be ignored), else the default under the home folder,
     * then the temporary folder.
     */
    static List<Path> folders(Map<String, String> environment, String home, String temporary) {
        List<Path> folders = new ArrayList<>();
        String state = environment.get("XDG_STATE_HOME");
        if (state != null && !state.isBlank() && Path.of(state).isAbsolute()) {
            folders.add(Path.of(state, "lategate"));
        } else if (home != null && !home.isBlank()) {
            folders.add(Path.of(home, ".local", "state", "lategate"));
        }
        if (temporary != null && !temporary.isBlank()) {
            folders.add(Path.of(temporary));
        }
        return folders;
    }

    /**
     * Writes the error to a new file in the first folder that takes it.
     *
     * @param command the subcommand names only: the arguments may hold a pupil's name or a badge code
     * @return the file, or empty when no folder could take it
     */
    Optional<Path> write(Throwable error, String command, Instant at) {
        String text = "lategate internal error at " + at + "\n"
                + "command: " + command + "\n"
                + "java: " + System.getProperty("java.version") + " on " + System.getProperty("os.name") + " "
                + System.getProperty("os.arch") + "\n\n" + stackTrace(error);
        // Made here, not when the class loads: every command makes a crash log, few ever write one.
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(at);
        for (Path folder : folders) {
            try {
                Path file = create(folder, "crash-" + stamp + "-");
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return Optional.of(file);
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                // this folder cannot take it: try the next
            }
        }
        return Optional.empty();
    }

    private static Path create(Path folder, String prefix) throws IOException {
        if (!POSIX) {
            Files.createDirectories(folder);
            return Files.createTempFile(folder, prefix, ".log");
        }
        Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        FileAttribute<?> owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
        return Files.createTempFile(folder, prefix, ".log", owner);
    }

    static String stackTrace(Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace, true));
        return trace.toString();
    }
}
