package lategate.e2e;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The built tarball, unpacked as a school's IT person would, and commands run from it. */
final class Distribution {

    record Run(int exit, String out, String err) {
        String both() {
            return out + err;
        }
    }

    private Distribution() {
    }

    static Path tarball() {
        return Path.of(System.getProperty("lategate.dist", "target/lategate-dist.tar.gz")).toAbsolutePath();
    }

    /** Unpacks the tarball into {@code into} and returns its one top folder, lategate-VERSION. */
    static Path unpack(Path into) throws Exception {
        Run tar = run(into, Map.of(), "tar", "xzf", tarball().toString(), "-C", into.toString());
        if (tar.exit() != 0) {
            throw new AssertionError("cannot unpack " + tarball() + ": " + tar.both());
        }
        try (var top = Files.list(into)) {
            List<Path> folders = top.toList();
            if (folders.size() != 1) {
                throw new AssertionError("the tarball should hold one folder, it holds " + folders);
            }
            return folders.get(0);
        }
    }

    /** Runs a program with extra environment variables; Java comes from JAVA_HOME, this JVM's. */
    static Run run(Path dir, Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile("dist-out", ".txt");
        Path err = Files.createTempFile("dist-err", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
