package lategate.cli;

import lategate.domain.audit.StaffIdentity;
import lategate.domain.staff.StaffMember;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import lategate.app.staff.StaffSignInOutcome;
import picocli.CommandLine.ParameterException;
import lategate.wiring.BadInputException;
import lategate.wiring.PinReader;

/** --staff USERNAME: who does this, signing in with their PIN (typed, never on the command line). */
final class StaffOption {

    @Option(names = "--staff", paramLabel = "USERNAME",
            description = "Your staff username; you type your PIN when asked (or give it on standard input).")
    String username;

    /** The member of staff signed in, under the school's lockout; bad input if they cannot sign in. */
    StaffMember signIn(CommandSpec spec, SchoolServices school) {
        return signedIn(spec, Main.pinsOf(spec), "--staff", username, school,
                "this is recorded with who did it");
    }

    /** The same, as the audit trail names them. */
    StaffIdentity identity(CommandSpec spec, SchoolServices school) {
        return identity(signIn(spec, school));
    }

    /**
     * Signs a member of staff in for one command: their username from an option, their PIN typed
     * without being shown (or one line of standard input), under the school's lockout. Every
     * attempt is logged. What they then do is recorded with their name and position.
     */
    static StaffMember signedIn(CommandSpec spec, PinReader pins, String option, String username,
                                SchoolServices school, String why) {
        if (username == null) {
            throw new ParameterException(spec.commandLine(), "Missing required option: '" + option + "=USERNAME': "
                    + why + ", signing in with their username and PIN");
        }
        char[] pin = pins.pin("PIN for " + username + ": ");
        try {
            if (pin.length == 0) {
                throw new BadInputException("no PIN was given for " + option + " " + username + ": type it when asked, "
                        + "or give it on the first line of standard input");
            }
            StaffSignInOutcome outcome = school.staffSignIn().signIn(username, pin, school.now());
            if (outcome instanceof StaffSignInOutcome.SignedIn in) {
                return in.member();
            }
            // an unknown username locks as an account does, in the same words, so neither tells it exists
            Optional<Instant> lockedUntil = outcome instanceof StaffSignInOutcome.Locked locked
                    ? Optional.of(locked.until()) : outcome instanceof StaffSignInOutcome.UnknownUserLocked unknown
                    ? Optional.of(unknown.until()) : Optional.empty();
            if (lockedUntil.isPresent()) {
                throw new BadInputException(option + " " + username + ": too many wrong PINs: the account is locked "
                        + "until " + lockedUntil.get().atZone(school.school().zone())
                        .format(DateTimeFormatter.ofPattern("HH:mm")) + "; wait, or ask an administrator to reset "
                        + "the PIN");
            }
            if (outcome instanceof StaffSignInOutcome.Disabled) {
                throw new BadInputException(option + " " + username + ": the account is disabled");
            }
            throw new BadInputException(option + " " + username + ": username or PIN not recognised (a wrong PIN "
                    + "counts towards locking the account)");
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    /** How the audit trail names a member of staff. */
    static StaffIdentity identity(StaffMember member) {
        return new StaffIdentity(member.name(), member.position());
    }
}
