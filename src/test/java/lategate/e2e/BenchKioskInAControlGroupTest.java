package lategate.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'bench kiosk --cpu-quota 30 --memory 1g', the Pi-class stand-in (docs/commands.md, "bench"), at its
 * least size: it keeps the mechanism working, its figures mean nothing on a CI machine.
 */
class BenchKioskInAControlGroupTest {

    private static final Path CGROUP = Path.of("/sys/fs/cgroup");

    @TempDir
    Path dir;

    @Test
    @DisplayName("the kiosk's JVMs and java -version run in one control group at 30% of a CPU and 1 GiB; the figures "
            + "are printed and the group is removed")
    void kioskInTheGroup() throws Exception {
        assumeTrue(cgroupsWritable(), "needs root and a cgroup file system with the cpu and memory controllers under "
                + CGROUP + "; this machine has neither");
        Jar.Run bench = Jar.lategate(600, dir, "bench", "kiosk", "--cpu-quota", "30", "--memory", "1g", "--scans",
                "100", "--starts", "1");
        assertEquals(0, bench.exit(), bench.out() + bench.err());
        String out = bench.out();
        Matcher group = Pattern.compile("every child JVM, java -version too, in a control group \\(cgroup v[12]\\) "
                + "(lategate-bench-[0-9-]+): 30% of one CPU \\(30000 of every 100000 µs\\), 1 GiB").matcher(out);
        assertTrue(group.find(), out);
        assertTrue(out.contains("a JVM in the group sees:") && out.contains("Memory Limit: 1.00G"), out);
        assertTrue(out.contains("scans 100 ms apart, one quota period"), out);
        assertTrue(out.matches("(?s).*\njava -version +\\d+ +\\d+\n.*"), out);
        assertTrue(out.matches("(?s).*kiosk cold start, no class-data archive +\\d+ +\\d+ .*"), out);
        assertTrue(out.matches("(?s).*kiosk cold start to idle screen drawn +\\d+ +\\(goal: under 2000; "
                + "[0-9.]+ times java -version\\).*"), out);
        assertTrue(out.matches("(?s).*p50 [0-9.]+ ms, p99 [0-9.]+ ms, max [0-9.]+ ms \\(goal: p99 under 25\\).*"), out);
        assertTrue(out.matches("(?s).*resident memory after 100 scans: [0-9.]+ MB, peak [0-9.]+ MB.*"), out);
        for (String hierarchy : new String[] {"", "cpu", "memory"}) {
            assertFalse(Files.exists(CGROUP.resolve(hierarchy).resolve(group.group(1))), "the group is removed");
        }
    }

    private static boolean cgroupsWritable() {
        boolean v1 = Files.isWritable(CGROUP.resolve("cpu/cpu.cfs_quota_us"))
                && Files.isWritable(CGROUP.resolve("memory/memory.limit_in_bytes"));
        boolean v2 = Files.isWritable(CGROUP.resolve("cgroup.subtree_control"));
        return "root".equals(System.getProperty("user.name")) && (v1 || v2);
    }
}
