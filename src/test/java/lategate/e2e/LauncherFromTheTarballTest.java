package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tarball a school unpacks: what is in it, and its launcher running the demo with class-data sharing. */
class LauncherFromTheTarballTest {

    @TempDir
    static Path unpacked;

    static Path home;

    @TempDir
    Path work;

    @BeforeAll
    static void unpack() throws Exception {
        home = Distribution.unpack(unpacked);
    }

    private Distribution.Run lategate(Path cds, String... args) throws Exception {
        String[] command = Stream.concat(Stream.of(home.resolve("bin/lategate").toString()), Stream.of(args))
                .toArray(String[]::new);
        return Distribution.run(work, Map.of("LATEGATE_CDS_DIR", cds.toString(), "LATEGATE_DEBUG", "1"), command);
    }

    private static List<String> archives(Path cds) throws Exception {
        try (Stream<Path> files = Files.list(cds)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsa")).sorted().toList();
        }
    }

    @Test
    @DisplayName("the tarball holds the jar, the launcher, the example settings and letters, kiosk/, the README and docs/, nothing else")
    void holdsWhatASchoolNeedsAndNothingElse() throws Exception {
        assertTrue(home.getFileName().toString().matches("lategate-\\d+\\.\\d+\\.\\d+.*"), home.toString());
        List<String> files;
        try (Stream<Path> walk = Files.walk(home)) {
            files = walk.filter(Files::isRegularFile).map(p -> home.relativize(p).toString()).sorted().toList();
        }
        for (String expected : List.of("README.md", "docs/install-kiosk.md", "bin/lategate", "lib/lategate.jar", "config/schools/demo.toml",
                "config/letters/stage-1.txt", "kiosk/install.sh", "kiosk/uninstall.sh", "kiosk/lategate-kiosk.service")) {
            assertTrue(files.contains(expected), expected + " missing from " + files);
        }
        List<String> unexpected = files.stream().filter(f -> !(f.equals("README.md") || f.startsWith("docs/") && f.endsWith(".md") || f.equals("bin/lategate")
                || f.equals("lib/lategate.jar") || f.startsWith("config/schools/") && f.endsWith(".toml")
                || f.startsWith("config/letters/") || f.startsWith("kiosk/"))).toList();
        assertEquals(List.of(), unexpected);
        assertTrue(Files.isExecutable(home.resolve("bin/lategate")));
        assertTrue(Files.isExecutable(home.resolve("kiosk/install.sh")));
    }

    @Test
    @DisplayName("a short command makes a class-data archive on its first run and uses it on the second")
    void shortCommandMakesThenUsesAnArchive() throws Exception {
        Path cds = work.resolve("cds");
        Distribution.Run first = lategate(cds, "codes");
        assertEquals(0, first.exit(), first.both());
        assertTrue(first.out().contains("Late arrival before the register has closed"), first.out());
        assertTrue(first.err().contains("made class-data archive"), first.err());
        assertEquals(1, archives(cds).size(), archives(cds).toString());

        Distribution.Run second = lategate(cds, "codes");
        assertEquals(0, second.exit(), second.both());
        assertEquals(first.out(), second.out());
        assertTrue(second.err().contains("using class-data archive " + cds.resolve(archives(cds).get(0))), second.err());
    }

    @Test
    @DisplayName("--version alone runs without an archive: mapping one costs it more than it saves")
    void versionRunsWithoutAnArchive() throws Exception {
        Path cds = work.resolve("cds");
        for (int run = 0; run < 2; run++) {
            Distribution.Run version = lategate(cds, "--version");
            assertEquals(0, version.exit(), version.both());
            assertTrue(version.out().startsWith("lategate "), version.out());
            assertTrue(!version.err().contains("class-data archive"), version.err());
        }
        assertTrue(!Files.exists(cds) || archives(cds).isEmpty(), cds.toString());
    }

    @Test
    @DisplayName("bench reports started by the launcher also times the launcher, and gives its figures beside "
            + "plain java -jar's (docs/architecture.md, \"Start-up: the launcher, measured\")")
    void benchReportsTimesTheLauncherBeside() throws Exception {
        Distribution.Run bench = lategate(work.resolve("cds"), "bench", "reports", "--pupils", "10", "--runs", "1");
        assertEquals(0, bench.exit(), bench.both());
        for (String row : new String[] {"lategate --version (start-up)", "launcher: --version", "launcher: config check",
                "launcher: report blocks", "launcher: report thresholds", "store floor: first scans, block",
                "(store floor: java -cp lategate.jar lategate.store.StoreFloor",
                "(launcher: " + home.resolve("bin/lategate")}) {
            assertTrue(bench.out().contains(row), row + " in\n" + bench.out());
        }
    }

    @Test
    @DisplayName("the demo runs from the tarball, and its second run uses the archive its first made")
    void demoRunsWithAnArchive() throws Exception {
        Path cds = work.resolve("cds");
        Path data = work.resolve("demo");
        Distribution.Run first = lategate(cds, "demo", "--data", data.toString(), "--no-kiosk", "--clock",
                "2026-11-23T08:57:00");
        assertEquals(0, first.exit(), first.both());
        assertTrue(Files.isRegularFile(data.resolve("demo.db")));
        assertTrue(archives(cds).stream().anyMatch(n -> n.startsWith("demo-")), archives(cds).toString());

        Distribution.Run second = lategate(cds, "demo", "--data", data.toString(), "--no-kiosk", "--clock",
                "2026-11-23T08:57:00");
        assertEquals(0, second.exit(), second.both());
        assertTrue(second.err().contains("using class-data archive"), second.err());
        // The commands it suggests are typed the way this one was: through the launcher.
        assertTrue(first.out().contains("  " + home.resolve("bin/lategate") + " sign-in --school "), first.out());
        assertTrue(!first.out().contains("java -jar"), first.out());
        // Java 17 prints CDS warnings on standard output: none may reach it.
        assertTrue(!second.out().contains("[cds") && !first.out().contains("[cds"), first.out());
    }

    @Test
    @DisplayName("a damaged archive never stops a command: Java runs without it and a good one replaces it")
    void aDamagedArchiveCostsOnlyTheSpeedUp() throws Exception {
        Path cds = work.resolve("cds");
        assertEquals(0, lategate(cds, "codes").exit());
        Path archive = cds.resolve(archives(cds).get(0));
        byte[] bytes = Files.readAllBytes(archive);
        archive.toFile().setWritable(true);
        Files.write(archive, java.util.Arrays.copyOf(bytes, bytes.length / 10));

        Distribution.Run damaged = lategate(cds, "codes");
        assertEquals(0, damaged.exit(), damaged.both());
        assertTrue(damaged.out().contains("Late arrival before the register has closed"), damaged.out());
        assertTrue(damaged.err().contains("made class-data archive"), damaged.err());
        Distribution.Run again = lategate(cds, "codes");
        assertEquals(0, again.exit(), again.both());
        assertTrue(again.err().contains("using class-data archive"), again.err());
    }

    @Test
    @DisplayName("a Java older than 17, or none, is refused with what to install")
    void refusesAnOldJava() throws Exception {
        Path fake = work.resolve("old-java");
        Files.createDirectories(fake.resolve("bin"));
        Path java = fake.resolve("bin/java");
        Files.writeString(java, "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\n");
        java.toFile().setExecutable(true);
        Distribution.Run old = Distribution.run(work, Map.of("JAVA_HOME", fake.toString()),
                home.resolve("bin/lategate").toString(), "--version");
        assertEquals(1, old.exit(), old.both());
        assertTrue(old.err().contains("needs Java 17 or newer") && old.err().contains("openjdk-17-jre-headless"),
                old.err());

        Distribution.Run missing = Distribution.run(work, Map.of("JAVA_HOME", work.resolve("nowhere").toString()),
                home.resolve("bin/lategate").toString(), "--version");
        assertEquals(1, missing.exit(), missing.both());
        assertTrue(missing.err().contains("JAVA_HOME"), missing.err());
    }
}
