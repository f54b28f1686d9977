package lategate.kiosk;

import java.io.Console;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import lategate.app.staff.StaffAdministration;
import lategate.app.staff.StaffRefused;
import lategate.domain.staff.Role;
import lategate.domain.staff.StaffMember;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteStaff;
import lategate.wiring.BadInputException;
import lategate.wiring.PinReader;

/**
 * The first time a kiosk starts on a database with no staff, it asks for the administrator
 * before anything else: without one nobody could use staff mode, sign pupils out or amend.
 */
final class FirstAdministrator {

    private FirstAdministrator() {
    }

    static void askIfNone(Console console, Database database, Settings settings, Clock clock) {
        SqliteStaff accounts = new SqliteStaff(database);
        if (!accounts.none()) {
            return;
        }
        console.printf("%nFirst run on this database: there are no staff accounts yet.%n"
                + "Add the first one now: an administrator, such as the Head of School%n"
                + "or the school's IT person.%n%n");
        String username = ask(console, "Username (lowercase letters and digits, e.g. head): ");
        String name = ask(console, "Full name, as the audit trail shows it: ");
        String position = ask(console, "Position, e.g. Head of School: ");
        char[] pin = PinReader.standard().newPin("PIN (4 to 12 digits, not shown): ");
        try {
            StaffAdministration.pinProblem(pin).ifPresent(problem -> {
                throw new BadInputException(problem + "; no account was made: start the kiosk again");
            });
            StaffMember member;
            try {
                member = new StaffMember(username, name, position, Role.ADMINISTRATOR, false);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage() + "; no account was made: start the kiosk again");
            }
            StaffAdministration.firstAccountProblem(member).ifPresent(problem -> {
                throw new BadInputException(problem + "; no account was made: start the kiosk again");
            });
            new StaffAdministration(accounts, settings.staff().lockoutRule()).addFirstAdministrator(member, pin,
                    clock.instant());
            console.printf("Administrator %s added.%nAdd the office staff with 'lategate staff add --as %s'.%n%n",
                    username, username);
        } catch (StaffRefused e) {
            throw new BadInputException(e.getMessage() + "; no account was made");
        } finally {
            Arrays.fill(pin, '\0');
        }
    }

    private static String ask(Console console, String prompt) {
        String answer = Optional.ofNullable(console.readLine(prompt)).map(String::strip).orElse("");
        if (answer.isEmpty()) {
            throw new BadInputException("nothing was typed for '" + prompt.strip() + "'; no account was made: start "
                    + "the kiosk again");
        }
        return answer;
    }
}
