package lategate.tui;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import lategate.app.staff.StaffSignInOutcome;
import lategate.scanner.KioskInput;

/**
 * The staff sign-in's two screens: the username, then the PIN. The PIN's digits are held here,
 * never in a screen (which shows only how many are typed), and wiped once tried.
 */
final class SignInKeys {

    private static final int MAX_USERNAME = 32;
    static final int MAX_PIN = 12;

    private SignInKeys() {
    }

    /** Whether a scan could be a PIN typed fast and ended with Enter. */
    static boolean isPin(String code) {
        return !code.isEmpty() && code.length() <= MAX_PIN && code.chars().allMatch(Character::isDigit);
    }

    /** The username, typed. */
    static final class Name extends ScreenKeys<StaffScreen.SignInName> {

        Name() {
            super(StaffScreen.SignInName.class);
        }

        @Override
        Next typed(StaffScreen.SignInName name, char c, Instant now) {
            if (!Character.isWhitespace(c) && !Character.isISOControl(c) && name.typed().length() < MAX_USERNAME) {
                return Next.show(new StaffScreen.SignInName(name.typed() + c, name.problem()));
            }
            return Next.show(name);
        }

        @Override
        Next special(StaffScreen.SignInName name, KioskInput.Key key, Instant now) {
            if (key == KioskInput.Key.ENTER && !name.typed().isBlank()) {
                return Next.show(pinFor(name.typed()));
            }
            if (key == KioskInput.Key.BACKSPACE && !name.typed().isEmpty()) {
                return Next.show(new StaffScreen.SignInName(chop(name.typed()), name.problem()));
            }
            return Next.show(name);
        }

        @Override
        Next escape(StaffScreen.SignInName name, Instant now) {
            return Next.close();
        }

        /** The PIN screen for what was typed (or scanned) as a username. */
        static StaffScreen.SignInPin pinFor(String username) {
            return new StaffScreen.SignInPin(username.strip().toLowerCase(Locale.ROOT), 0, Optional.empty());
        }
    }

    /** The PIN, never shown; Enter tries it against the username. */
    static final class Pin extends ScreenKeys<StaffScreen.SignInPin> {

        private final StaffContext context;
        private final StringBuilder pin = new StringBuilder();

        Pin(StaffContext context) {
            super(StaffScreen.SignInPin.class);
            this.context = context;
        }

        /** Forgets any digits typed: staff mode opened afresh, or closed. */
        void forget() {
            pin.setLength(0);
        }

        @Override
        Next typed(StaffScreen.SignInPin p, char c, Instant now) {
            if (Character.isDigit(c) && pin.length() < MAX_PIN) {
                pin.append(c);
                return Next.show(new StaffScreen.SignInPin(p.username(), pin.length(), p.problem()));
            }
            return Next.show(p);
        }

        @Override
        Next special(StaffScreen.SignInPin p, KioskInput.Key key, Instant now) {
            if (key == KioskInput.Key.ENTER && pin.length() > 0) {
                return submit(p, now);
            }
            if (key == KioskInput.Key.BACKSPACE && pin.length() > 0) {
                pin.setLength(pin.length() - 1);
                return Next.show(new StaffScreen.SignInPin(p.username(), pin.length(), p.problem()));
            }
            return Next.show(p);
        }

        @Override
        Next escape(StaffScreen.SignInPin p, Instant now) {
            pin.setLength(0);
            return Next.show(new StaffScreen.SignInName("", Optional.empty()));
        }

        /** Digits typed fast and ended with Enter arrive like a scan: on this screen they are the PIN. */
        Next scanned(StaffScreen.SignInPin p, String digits, Instant now) {
            pin.append(digits, 0, Math.min(digits.length(), MAX_PIN - pin.length()));
            return submit(p, now);
        }

        private Next submit(StaffScreen.SignInPin p, Instant now) {
            char[] typed = pin.toString().toCharArray();
            pin.setLength(0);
            try {
                StaffSignInOutcome outcome = context.desk().staffSignIn().signInAtKiosk(context.kioskId(),
                        p.username(), typed, now);
                if (outcome instanceof StaffSignInOutcome.SignedIn in) {
                    return new Next.SignedIn(in.member());
                }
                return Next.show(new StaffScreen.SignInName("", Optional.of(outcome.screenWords(context.zone()))));
            } catch (RuntimeException e) {
                return Next.show(new StaffScreen.SignInName("", Optional.of(Trouble.isRefusal(e)
                        ? "Cannot check the PIN now (" + e.getMessage() + "): try again"
                        : Trouble.logged(e, "checking a PIN"))));
            } finally {
                Arrays.fill(typed, '\0');
            }
        }
    }
}
