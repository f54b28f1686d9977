package lategate.tui;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import lategate.app.entry.LateBusMode;
import lategate.domain.entry.LateBus;
import lategate.scanner.KioskInput;

/**
 * Late-bus mode: type the route or reason, Enter, then the time it ends (HH:MM), Enter declares it,
 * recorded with who is signed in (docs/receptionist.md, "Late-bus mode"). Any member of staff may.
 */
final class LateBusKeys extends ScreenKeys<StaffScreen.LateBusForm> {

    private static final int MAX_ROUTE = 60;

    private final StaffContext context;

    LateBusKeys(StaffContext context) {
        super(StaffScreen.LateBusForm.class);
        this.context = context;
    }

    StaffScreen.LateBusForm open() {
        return new StaffScreen.LateBusForm("", "", false, context.desk().lateBus().now(), Optional.empty());
    }

    @Override
    Next typed(StaffScreen.LateBusForm form, char c, Instant now) {
        if (Character.isISOControl(c)) {
            return Next.show(form);
        }
        if (form.onUntil()) {
            return form.until().length() < 5 && (Character.isDigit(c) || c == ':')
                    ? Next.show(new StaffScreen.LateBusForm(form.route(), form.until() + c, true, form.running(),
                    Optional.empty())) : Next.show(form);
        }
        return form.route().length() < MAX_ROUTE ? Next.show(new StaffScreen.LateBusForm(form.route() + c, form.until(),
                false, form.running(), Optional.empty())) : Next.show(form);
    }

    @Override
    Next special(StaffScreen.LateBusForm form, KioskInput.Key key, Instant now) {
        if (key == KioskInput.Key.BACKSPACE) {
            return form.onUntil()
                    ? Next.show(new StaffScreen.LateBusForm(form.route(), form.until().isEmpty() ? ""
                    : chop(form.until()), true, form.running(), Optional.empty()))
                    : Next.show(new StaffScreen.LateBusForm(form.route().isEmpty() ? "" : chop(form.route()),
                    form.until(), false, form.running(), Optional.empty()));
        }
        if (key != KioskInput.Key.ENTER) {
            return Next.show(form);
        }
        if (!form.onUntil()) {
            return form.route().isBlank()
                    ? Next.show(new StaffScreen.LateBusForm(form.route(), form.until(), false, form.running(),
                    Optional.of("Type the route or reason first, e.g. route 42")))
                    : Next.show(new StaffScreen.LateBusForm(form.route(), form.until(), true, form.running(),
                    Optional.empty()));
        }
        return declare(form, now);
    }

    /** Escape: from the time back to the route, or to the menu. */
    @Override
    Next escape(StaffScreen.LateBusForm form, Instant now) {
        return form.onUntil() ? Next.show(new StaffScreen.LateBusForm(form.route(), form.until(), false,
                form.running(), Optional.empty())) : Next.toMenu();
    }

    @Override
    boolean takesText(StaffScreen.LateBusForm form) {
        return true;
    }

    private Next declare(StaffScreen.LateBusForm form, Instant now) {
        LocalTime until;
        try {
            until = LocalTime.parse(form.until().length() == 4 ? "0" + form.until() : form.until());
        } catch (DateTimeParseException e) {
            return Next.show(new StaffScreen.LateBusForm(form.route(), form.until(), true, form.running(),
                    Optional.of("'" + form.until() + "' is not a time: type it as HH:MM, e.g. 09:30")));
        }
        try {
            LateBus bus = context.desk().lateBus().declare(form.route(), until, context.identity(),
                    context.kioskId());
            return Next.show(new StaffScreen.LateBusForm("", "", false, Optional.of(bus), Optional.empty()),
                    context.clock(now) + " " + bus.words(context.zone()) + ": late pupils who scan get it as "
                            + "their reason, with no picker");
        } catch (LateBusMode.Refused e) {
            return Next.show(new StaffScreen.LateBusForm(form.route(), form.until(), true, form.running(),
                    Optional.of("Refused, nothing recorded: " + e.getMessage())));
        } catch (RuntimeException e) {
            return Next.show(new StaffScreen.LateBusForm(form.route(), form.until(), true, form.running(),
                    Optional.of("NOT SAVED: " + Trouble.refusal(e))));
        }
    }
}
