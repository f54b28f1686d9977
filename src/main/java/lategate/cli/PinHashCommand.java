package lategate.cli;

import java.io.Console;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.Callable;
import lategate.app.PinHash;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;
import lategate.wiring.PinReader;

@Command(name = "pin-hash", mixinStandardHelpOptions = true,
        description = {"Read a PIN (typed twice, not shown; or one line on standard input) and print the line to put "
                + "in a school's settings as [kiosk] exit_pin_hash. The PIN itself is never stored or printed."},
        footer = {"", "Example:", "  lategate pin-hash"})
final class PinHashCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        char[] pin;
        Console console = System.console();
        if (console != null) {
            pin = console.readPassword("New PIN (4 to 12 digits): ");
            char[] again = console.readPassword("Same PIN again: ");
            if (pin == null || again == null || !Arrays.equals(pin, again)) {
                throw new BadInputException("the two PINs differ; nothing was made");
            }
            Arrays.fill(again, '\0');
        } else {
            pin = PinReader.lines(new InputStreamReader(System.in, StandardCharsets.UTF_8)).pin("");
        }
        if (pin.length < 4 || pin.length > 12 || !new String(pin).chars().allMatch(Character::isDigit)) {
            throw new BadInputException("a PIN is 4 to 12 digits");
        }
        String written = PinHash.of(pin, new SecureRandom()).written();
        Arrays.fill(pin, '\0');
        spec.commandLine().getOut().println("exit_pin_hash = \"" + written + "\"");
        return 0;
    }
}
