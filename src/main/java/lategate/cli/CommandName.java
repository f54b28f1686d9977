package lategate.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How the person at the terminal runs lategate, for the commands lategate prints for them to type
 * next: what they typed to start the launcher ({@code bin/lategate}, {@code lategate}; the launcher
 * passes it as the system property {@code lategate.command}), else {@code java -jar} and the jar
 * this runs from, as a path from the current folder when it lies under it.
 */
final class CommandName {

    static final String PROPERTY = "lategate.command";

    private CommandName() {
    }

    static String current() {
        String launcher = System.getProperty(PROPERTY);
        if (launcher != null && !launcher.isBlank()) {
            return launcher.endsWith("/lategate") && onPath(launcher) ? "lategate" : launcher;
        }
        return "java -jar " + runningJar().map(CommandName::fromHere).orElse("target/lategate.jar");
    }

    /** Whether the launcher was found on PATH (so plain "lategate" runs it), as after kiosk/install.sh. */
    private static boolean onPath(String launcher) {
        String path = System.getenv("PATH");
        if (path == null || !launcher.startsWith("/")) {
            return false;
        }
        Path folder = Path.of(launcher).getParent();
        for (String entry : path.split(":")) {
            if (!entry.isEmpty() && Path.of(entry).equals(folder)) {
                return true;
            }
        }
        return false;
    }

    static Optional<Path> runningJar() {
        try {
            var source = CommandName.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path jar = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(jar) && jar.toString().endsWith(".jar") ? Optional.of(jar) : Optional.empty();
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String fromHere(Path jar) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = jar.toAbsolutePath().normalize();
        return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
    }
}
