package lategate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * 'lategate config check' on the shipped schools' settings (docs/architecture.md, "Start-up"): a
 * fresh JVM reads them without spinning up a class of lategate's own at run time (a lambda or
 * method reference on the settings path) and without the JDK's formatter, date-time parsing or
 * streams, each of which cost more to load than the settings cost to read. Structure only, no timing.
 */
class ConfigCheckSpinsNothingUpTest {

    /**
     * A stream's head and nothing more: the JDK's ServiceLoader opens one to find the time-zone data,
     * which the check needs. Any operation on a stream (filter, map, findFirst, sorted, collect) loads more.
     */
    private static final List<String> PIPELINE_HEAD = List.of("java.util.stream.StreamSupport",
            "java.util.stream.PipelineHelper", "java.util.stream.BaseStream", "java.util.stream.AbstractPipeline",
            "java.util.stream.Stream", "java.util.stream.ReferencePipeline", "java.util.stream.ReferencePipeline$Head",
            "java.util.stream.StreamOpFlag", "java.util.stream.StreamOpFlag$Type",
            "java.util.stream.StreamOpFlag$MaskBuilder");

    @Test
    @DisplayName("config check of every shipped school spins up no class of lategate's own and loads no "
            + "Formatter, date-time parser or stream operation")
    void theCheckSpinsNothingUp() throws Exception {
        List<String> schools = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("config", "schools"))) {
            files.filter(f -> f.toString().endsWith(".toml")).sorted().forEach(f -> schools.add(f.toString()));
        }
        assertTrue(schools.size() >= 2, "the shipped schools: " + schools);
        List<String> loaded = loadedBy(schools);
        assertTrue(loaded.contains("lategate.settings.SchoolSettings"), "the check ran: " + loaded.size() + " classes");

        List<String> spun = new ArrayList<>();
        List<String> heavy = new ArrayList<>();
        for (String name : loaded) {
            if (name.startsWith("lategate.") && name.contains("$$Lambda")) {
                spun.add(name.substring(0, name.indexOf("$$Lambda")));
            }
            // java.util.regex is not listed: java.time.Period, the school's retention, compiles a
            // pattern when it is first loaded.
            if (name.equals("java.util.Formatter") || name.equals("java.time.format.DateTimeParseContext")
                    || name.startsWith("java.util.stream.") && !PIPELINE_HEAD.contains(name)) {
                heavy.add(name);
            }
        }
        assertEquals(List.of(), spun, "classes spun up for lambdas and method references of these classes");
        assertEquals(List.of(), heavy);
    }

    /** The classes a fresh JVM loads to run 'config check' on the files, in the order it loads them. */
    private static List<String> loadedBy(List<String> files) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("config", "check"));
        args.addAll(files);
        FreshJvmRun run = FreshJvmRun.lategate(args);
        assertEquals(0, run.exit(), run.printed());
        return run.loaded();
    }
}
