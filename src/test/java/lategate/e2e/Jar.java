package lategate.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged jar as a user would, in a working folder. */
final class Jar {

    record Run(int exit, String out, String err) {
    }

    static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java") + " -jar " + jar();
    }

    static String jar() {
        return Path.of(System.getProperty("lategate.jar", "target/lategate.jar")).toAbsolutePath().toString();
    }

    static Run lategate(Path dir, String... args) throws Exception {
        return lategate(60, dir, args);
    }

    /** The same, for a command that may take up to {@code seconds} on a busy machine. */
    static Run lategate(int seconds, Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("lategate " + String.join(" ", args) + " did not finish");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** The Late Book rows of a day, without the header. */
    static List<String> lateBook(Path dir, String date) throws Exception {
        Run book = lategate(dir, "book", "--school", "demo/demo.toml", "--db", "demo/demo.db", "--date", date, "--csv");
        if (book.exit() != 0) {
            throw new AssertionError(book.err());
        }
        return book.out().lines().skip(1).toList();
    }
}
