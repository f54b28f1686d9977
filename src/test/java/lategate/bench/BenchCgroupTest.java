package lategate.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import lategate.wiring.BadInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The control group behind 'bench kiosk --cpu-quota --memory' (docs/commands.md, "bench"): a Pi-class
 * stand-in is only honest if the children really are in it, and a machine that cannot make one says so.
 */
class BenchCgroupTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("--memory takes binary sizes: 1g is a GiB, 512m is 512 MiB, a bare number is bytes")
    void sizes() {
        assertEquals(1L << 30, BenchCgroup.parseSize("1g"));
        assertEquals(512L << 20, BenchCgroup.parseSize("512M"));
        assertEquals(1L << 30, BenchCgroup.parseSize("1GiB"));
        assertEquals(1048576, BenchCgroup.parseSize("1048576"));
        assertThrows(BadInputException.class, () -> BenchCgroup.parseSize("lots"));
    }

    @Test
    @DisplayName("a machine with no cgroup file system: it says so and measures nothing, rather than run unlimited")
    void noCgroupFileSystem() {
        BadInputException e = assertThrows(BadInputException.class,
                () -> BenchCgroup.create(dir, Optional.of(30), Optional.of(1L << 30)));
        assertTrue(e.getMessage().contains("no cgroup file system") && e.getMessage().contains("nothing was measured"),
                e.getMessage());
    }

    @Test
    @DisplayName("'lategate bench' asks first: where no group can be made it is told why, to leave the run out "
            + "and say so in its table, and no folder is left behind")
    void whyNotSaysWhyAndLeavesNothing() throws Exception {
        Optional<String> why = BenchCgroup.whyNot(dir, Optional.of(30), Optional.of(1L << 30));
        assertTrue(why.isPresent() && why.get().contains("no cgroup file system"), why.toString());
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    @DisplayName("a bad limit is still an error when asking, never read as 'cannot here'")
    void whyNotRefusesABadLimit() {
        assertThrows(BadInputException.class, () -> BenchCgroup.whyNot(dir, Optional.of(0), Optional.empty()));
        assertThrows(BadInputException.class, () -> BenchCgroup.whyNot(dir, Optional.empty(), Optional.of(1L << 20)));
    }

    @Test
    @DisplayName("a quota is a share of one CPU, from 1 to 100%")
    void quotaBounds() {
        assertThrows(BadInputException.class, () -> BenchCgroup.create(dir, Optional.of(0), Optional.empty()));
        assertThrows(BadInputException.class, () -> BenchCgroup.create(dir, Optional.of(150), Optional.empty()));
    }

    @Test
    @DisplayName("where the machine has cgroups: a child is in the group from its start, a JVM there sees 30% of a "
            + "CPU and 1 GiB, and the group is gone afterwards")
    void childIsInTheGroup() throws Exception {
        assumeTrue(cgroupsWritable(), "needs root and a cgroup file system with the cpu and memory controllers under "
                + BenchCgroup.ROOT + "; this machine has neither");
        List<Path> folders;
        try (BenchCgroup group = BenchCgroup.create(Optional.of(30), Optional.of(1L << 30))) {
            folders = group.folders();
            String name = folders.get(0).getFileName().toString();
            Process p = new ProcessBuilder(group.wrap(List.of("cat", "/proc/self/cgroup"))).redirectErrorStream(true)
                    .start();
            String membership = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, p.waitFor(), membership);
            assertTrue(membership.contains("/" + name), name + " in\n" + membership);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String seen = group.javaSees(java);
            assertTrue(seen.contains("Memory Limit: 1.00G"), seen);
            assertTrue(seen.contains("CPU Quota: 30000us") || seen.contains("Effective CPU Count: 1"), seen);
        }
        for (Path folder : folders) {
            assertFalse(Files.exists(folder), folder + " is removed");
        }
    }

    private static boolean cgroupsWritable() {
        Path root = BenchCgroup.ROOT;
        boolean v1 = Files.isWritable(root.resolve("cpu/cpu.cfs_quota_us"))
                && Files.isWritable(root.resolve("memory/memory.limit_in_bytes"));
        boolean v2 = Files.isWritable(root.resolve("cgroup.subtree_control"));
        return "root".equals(System.getProperty("user.name")) && (v1 || v2);
    }
}
