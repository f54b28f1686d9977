package lategate.cli;

import lategate.domain.audit.StaffIdentity;
import lategate.domain.staff.StaffMember;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** --staff USERNAME: who does this, signing in with their PIN (typed, never on the command line). */
final class StaffOption {

    @Option(names = "--staff", paramLabel = "USERNAME",
            description = "Your staff username; you type your PIN when asked (or give it on standard input).")
    String username;

    /** The member of staff signed in, under the school's lockout; bad input if they cannot sign in. */
    StaffMember signIn(CommandSpec spec, SchoolServices school) {
        return StaffLogin.signedIn(spec, Main.pinsOf(spec), "--staff", username, school,
                "this is recorded with who did it");
    }

    /** The same, as the audit trail names them. */
    StaffIdentity identity(CommandSpec spec, SchoolServices school) {
        return StaffLogin.identity(signIn(spec, school));
    }
}
