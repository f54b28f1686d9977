package lategate.sync.hub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import lategate.app.sync.SyncFailure;
import lategate.files.CappedFile;

/**
 * Where a hub's password comes from: a file (the school's {@code [sync] password_file}, or a hub
 * command's {@code --hub-password-file}), else the environment variable
 * {@value #ENVIRONMENT}; never an address, a settings file or a command line. The password is read
 * only when a connection is made and is never part of a message: a message names where it came
 * from instead.
 */
public final class HubPassword {

    public static final String ENVIRONMENT = "LATEGATE_HUB_PASSWORD";
    /** The largest password file read: a password is one line, so a bigger file holds something else. */
    static final int MAX_FILE_BYTES = 4 * 1024;

    private final Optional<Path> file;
    private final Map<String, String> environment;

    private HubPassword(Optional<Path> file, Map<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    /** The file if one is named, else this process's environment. */
    public static HubPassword from(Optional<Path> file) {
        return new HubPassword(file, System.getenv());
    }

    /** For tests: the file, else the environment given. */
    static HubPassword from(Optional<Path> file, Map<String, String> environment) {
        return new HubPassword(file, environment);
    }

    /** The password, or none (the hub may trust this machine, or use ~/.pgpass). */
    Optional<String> read() {
        if (file.isPresent()) {
            return Optional.of(readFile(file.get(), "the hub's password file"));
        }
        return Optional.ofNullable(environment.get(ENVIRONMENT)).filter(p -> !p.isEmpty());
    }

    /** Where the password came from, for messages: never the password. */
    String source() {
        if (file.isPresent()) {
            return "the password in " + file.get();
        }
        return environment.containsKey(ENVIRONMENT) ? "the password in " + ENVIRONMENT
                : "no password (none in a password_file under [sync], nor in " + ENVIRONMENT + ")";
    }

    /**
     * A password file's first line, without its line ending: the file is made with {@code echo} or an
     * editor and ends with one. An empty or missing file is refused, naming the file.
     */
    static String readFile(Path file, String what) {
        String text;
        try {
            text = new String(CappedFile.read(file, MAX_FILE_BYTES), StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new SyncFailure(what + " " + file + " does not exist");
        } catch (CappedFile.TooLarge | CappedFile.NotAFile e) {
            throw new SyncFailure(what + " " + file + " " + e.getMessage() + ": its first line is the password, "
                    + "and nothing else belongs in it");
        } catch (IOException e) {
            throw new SyncFailure("cannot read " + what + " " + file + ": " + e.getMessage());
        }
        String line = text.lines().findFirst().orElse("");
        if (line.isEmpty()) {
            throw new SyncFailure(what + " " + file + " is empty: its first line is the password");
        }
        return line;
    }
}
