package lategate.cli;

import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** --hub URL and where its password is: shared by the hub commands. Plain types only, so nothing of the hub loads at start-up. */
final class HubOptions {

    @Option(names = "--hub", required = true, paramLabel = "URL",
            description = "The hub: postgresql://ROLE@HOST:PORT/DATABASE, with TLS parameters if any, e.g. "
                    + "?sslmode=verify-full&sslrootcert=/etc/lategate/hub-ca.pem. Never a password.")
    String hub;

    @Option(names = "--hub-password-file", paramLabel = "FILE",
            description = "A file whose first line is the password of the role in --hub; default the environment "
                    + "variable LATEGATE_HUB_PASSWORD.")
    Path passwordFile;

    Optional<Path> passwordFile() {
        return Optional.ofNullable(passwordFile);
    }
}
