package lategate.bench;

import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the benchmarks need from the command line they run under, which is {@code lategate.cli.Main}:
 * its clock, a fresh command line to run commands in this JVM, and the class a child JVM starts. The
 * command line hands itself over so that the benchmarks never depend on the commands' package.
 */
public interface BenchHost {

    /** The clock of the command line the benchmark runs in. */
    Clock clock();

    /** A new command line with lategate's exit codes, timed by {@code clock}. */
    CommandLine freshCommandLine(Clock clock);

    /** The class a child JVM runs lategate with ({@code java -cp lategate.jar CLASS}). */
    String mainClass();

    /** The host of the command line {@code spec} belongs to. */
    static BenchHost of(CommandSpec spec) {
        return (BenchHost) spec.root().userObject();
    }
}
