package lategate.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lategate.wiring.BadInputException;

/**
 * A control group that makes this machine a slow one for the benchmarks' child JVMs: a share of one
 * CPU (the CFS quota) and a memory limit, as a Raspberry Pi-class kiosk stand-in. A child is put in
 * the group by a shell that writes its own pid into the group and then execs the command, so the
 * JVM is inside from its first instruction and everything it starts inherits the group.
 *
 * <p>cgroup v2 (one hierarchy with {@code cpu.max} and {@code memory.max}) where the machine has it
 * with both controllers; otherwise cgroup v1 ({@code cpu/NAME/cpu.cfs_quota_us} and
 * {@code memory/NAME/memory.limit_in_bytes}). It needs root (or a delegated hierarchy); without it
 * the benchmark stops and says why, rather than run unlimited and print figures as if limited.
 */
final class BenchCgroup implements AutoCloseable {

    /** The CFS period the quota is a share of: 100 ms, the kernel's default. */
    static final long PERIOD_MICROS = 100_000;

    /** Where Linux mounts the control groups. */
    static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmg]?)i?b?", Pattern.CASE_INSENSITIVE);

    private final String version;
    private final List<Path> groups;
    private final int cpuPercent;
    private final long memoryBytes;

    private BenchCgroup(String version, List<Path> groups, int cpuPercent, long memoryBytes) {
        this.version = version;
        this.groups = groups;
        this.cpuPercent = cpuPercent;
        this.memoryBytes = memoryBytes;
    }

    /** "1g", "512m", "1024k" or bytes; binary units (1g = 1 GiB). */
    static long parseSize(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            throw new BadInputException("--memory " + text + " is not a size: give e.g. 1g, 512m or 1048576");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }

    /**
     * Makes a group limited to {@code cpuPercent}% of one CPU and {@code memoryBytes}; either may be
     * absent. Throws a {@link BadInputException} saying why when this machine cannot make one.
     */
    static BenchCgroup create(Optional<Integer> cpuPercent, Optional<Long> memoryBytes) {
        return create(ROOT, cpuPercent, memoryBytes);
    }

    /**
     * Why this machine cannot make a group so limited, if it cannot: a group is made and removed, so the
     * answer is the machine's own, not a guess from the user id. A bad limit is still an error.
     */
    static Optional<String> whyNot(Optional<Integer> cpuPercent, Optional<Long> memoryBytes) {
        return whyNot(ROOT, cpuPercent, memoryBytes);
    }

    static Optional<String> whyNot(Path root, Optional<Integer> cpuPercent, Optional<Long> memoryBytes) {
        if (cpuPercent.isPresent() && (cpuPercent.get() < 1 || cpuPercent.get() > 100)
                || memoryBytes.isPresent() && memoryBytes.get() < (64L << 20)) {
            create(root, cpuPercent, memoryBytes).close(); // throws the limit's own message
        }
        try {
            create(root, cpuPercent, memoryBytes).close();
            return Optional.empty();
        } catch (BadInputException cannot) {
            return Optional.of(cannot.getMessage());
        }
    }

    /** As {@link #create(Optional, Optional)}, with the control groups mounted at {@code root}. */
    static BenchCgroup create(Path root, Optional<Integer> cpuPercent, Optional<Long> memoryBytes) {
        if (cpuPercent.isPresent() && (cpuPercent.get() < 1 || cpuPercent.get() > 100)) {
            throw new BadInputException("--cpu-quota must be a percentage of one CPU, from 1 to 100, not "
                    + cpuPercent.get());
        }
        if (memoryBytes.isPresent() && memoryBytes.get() < (64L << 20)) {
            throw new BadInputException("--memory must be at least 64m: a JVM does not start in less");
        }
        String name = "lategate-bench-" + ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000;
        int cpu = cpuPercent.orElse(0);
        long memory = memoryBytes.orElse(0L);
        try {
            if (v2HasControllers(root)) {
                return createV2(root, name, cpu, memory);
            }
            if (Files.isRegularFile(root.resolve("cpu/cpu.cfs_quota_us"))
                    && Files.isRegularFile(root.resolve("memory/memory.limit_in_bytes"))) {
                return createV1(root, name, cpu, memory);
            }
        } catch (IOException e) {
            throw new BadInputException("cannot make a control group under " + root + " (" + e.getMessage()
                    + "): --cpu-quota and --memory need root and a writable cgroup file system; nothing was measured");
        }
        throw new BadInputException("this machine has no cgroup file system with the cpu and memory controllers under "
                + root + ": --cpu-quota and --memory cannot limit the children here; nothing was measured");
    }

    private static boolean v2HasControllers(Path root) throws IOException {
        Path controllers = root.resolve("cgroup.controllers");
        if (!Files.isRegularFile(controllers)) {
            return false;
        }
        List<String> have = List.of(Files.readString(controllers).strip().split("\\s+"));
        return have.contains("cpu") && have.contains("memory");
    }

    private static BenchCgroup createV2(Path root, String name, int cpu, long memory) throws IOException {
        // The root's children get the cpu and memory files only once the root hands those controllers down.
        write(root.resolve("cgroup.subtree_control"), "+cpu +memory");
        Path group = Files.createDirectory(root.resolve(name));
        BenchCgroup made = new BenchCgroup("v2", List.of(group), cpu, memory);
        try {
            if (cpu > 0) {
                write(group.resolve("cpu.max"), cpu * PERIOD_MICROS / 100 + " " + PERIOD_MICROS);
            }
            if (memory > 0) {
                write(group.resolve("memory.max"), Long.toString(memory));
            }
        } catch (IOException e) {
            made.close();
            throw e;
        }
        return made;
    }

    private static BenchCgroup createV1(Path root, String name, int cpu, long memory) throws IOException {
        List<Path> made = new ArrayList<>();
        try {
            Path cpuGroup = Files.createDirectory(root.resolve("cpu").resolve(name));
            made.add(cpuGroup);
            Path memoryGroup = Files.createDirectory(root.resolve("memory").resolve(name));
            made.add(memoryGroup);
            write(cpuGroup.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_MICROS));
            write(cpuGroup.resolve("cpu.cfs_quota_us"), cpu > 0 ? Long.toString(cpu * PERIOD_MICROS / 100) : "-1");
            if (memory > 0) {
                write(memoryGroup.resolve("memory.limit_in_bytes"), Long.toString(memory));
            }
        } catch (IOException e) {
            new BenchCgroup("v1", made, cpu, memory).close();
            throw e;
        }
        return new BenchCgroup("v1", List.copyOf(made), cpu, memory);
    }

    private static void write(Path file, String value) throws IOException {
        Files.writeString(file, value, StandardCharsets.US_ASCII);
    }

    /**
     * {@code command} run inside the group: a shell writes its pid into each of the group's
     * {@code cgroup.procs} and then becomes the command (same pid); if it cannot join, it fails
     * and the command never runs.
     */
    List<String> wrap(List<String> command) {
        StringBuilder script = new StringBuilder("set -e; ");
        for (Path group : groups) {
            script.append("echo $$ > '").append(group.resolve("cgroup.procs")).append("'; ");
        }
        script.append("exec \"$@\"");
        List<String> wrapped = new ArrayList<>(List.of("/bin/sh", "-c", script.toString(), "sh"));
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * What a JVM started in the group finds there ({@code java -XshowSettings:system -version}): its
     * effective CPU count, CPU quota and memory limit, e.g. "Effective CPU Count: 1, CPU Quota: 30000us,
     * Memory Limit: 1.00G". The proof that the children are limited, printed beside the figures.
     */
    String javaSees(String java) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(wrap(List.of(java, "-XshowSettings:system", "-version")))
                .redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("java -version did not run in the control group: " + text.strip());
        }
        List<String> seen = new ArrayList<>();
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.startsWith("Provider:") || line.startsWith("Effective CPU Count:") || line.startsWith("CPU Quota:")
                    || line.startsWith("Memory Limit:")) {
                seen.add(line);
            }
        }
        return seen.isEmpty() ? "(this Java prints no container settings)" : String.join(", ", seen);
    }

    /** The group's folders (one per hierarchy under cgroup v1, one under v2). */
    List<Path> folders() {
        return groups;
    }

    /** For a benchmark's heading: what the children are limited to, and how. */
    String describe() {
        List<String> limits = new ArrayList<>();
        if (cpuPercent > 0) {
            limits.add(cpuPercent + "% of one CPU (" + cpuPercent * PERIOD_MICROS / 100 + " of every " + PERIOD_MICROS
                    + " µs)");
        }
        if (memoryBytes > 0) {
            limits.add(memoryBytes % (1L << 30) == 0 ? memoryBytes / (1L << 30) + " GiB"
                    : memoryBytes / (1L << 20) + " MiB");
        }
        return "control group (cgroup " + version + ") " + groups.get(0).getFileName() + ": " + String.join(", ",
                limits);
    }

    /** Short, for the one table: e.g. "30% CPU, 1 GiB". */
    String label() {
        List<String> limits = new ArrayList<>();
        if (cpuPercent > 0) {
            limits.add(cpuPercent + "% CPU");
        }
        if (memoryBytes > 0) {
            limits.add(memoryBytes % (1L << 30) == 0 ? memoryBytes / (1L << 30) + " GiB"
                    : memoryBytes / (1L << 20) + " MiB");
        }
        return String.join(", ", limits);
    }

    /** Removes the group; its children have ended by then (a process just gone may hold it a moment). */
    @Override
    public void close() {
        for (Path group : groups) {
            for (int attempt = 0; attempt < 50 && Files.exists(group); attempt++) {
                try {
                    Files.delete(group);
                } catch (IOException busy) {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
        }
    }
}
