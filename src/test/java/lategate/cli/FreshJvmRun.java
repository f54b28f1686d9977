package lategate.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lategate ARGS} in a fresh JVM on the test class path, with no JVM options but the class-load
 * log: its exit code, what it printed, and the classes it loaded, in order. For tests of what a
 * command's start-up loads (docs/architecture.md, "Start-up").
 */
record FreshJvmRun(int exit, String printed, List<String> loaded) {

    /** Standard output and error together, as a person at the terminal sees them. */
    static FreshJvmRun lategate(List<String> args) throws IOException, InterruptedException {
        return run(args, true);
    }

    /**
     * Standard output alone: for a command that opens a database, the test class path's logging library
     * speaks on standard error.
     */
    static FreshJvmRun lategatePrinting(List<String> args) throws IOException, InterruptedException {
        return run(args, false);
    }

    private static FreshJvmRun run(List<String> args, boolean withErrors) throws IOException, InterruptedException {
        Path log = Files.createTempFile("classes", ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xlog:class+load:file=" + log, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        if (withErrors) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(ProcessBuilder.Redirect.DISCARD);
        }
        Process child = builder.start();
        String printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = child.waitFor();
        List<String> loaded = new ArrayList<>();
        for (String line : Files.readAllLines(log)) {
            String[] parts = line.split(" ");
            if (parts.length > 1) {
                loaded.add(parts[1]);
            }
        }
        Files.delete(log);
        return new FreshJvmRun(exit, printed, List.copyOf(loaded));
    }
}
