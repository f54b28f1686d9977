package lategate.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import lategate.domain.codes.AttendanceCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "codes", mixinStandardHelpOptions = true,
        description = "List the national attendance codes (2024 set) with their statistical category.",
        footer = {"", "Example:", "  lategate codes"})
final class CodesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (AttendanceCode code : AttendanceCode.values()) {
            out.printf("%-3s %-80s %s%n", code.code(), code.meaning(), code.category().words());
        }
        return 0;
    }
}
