package lategate.tui;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.app.audit.Amendments;
import lategate.domain.audit.Amendment;
import lategate.domain.audit.AmendmentRules;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.entry.SessionEntry;
import lategate.scanner.KioskInput;

/**
 * Amending one pupil's entry from the Late Book, through the same use case as {@code lategate amend
 * pupil} ({@link Amendments}): its rules on codes per session and on M's evidence answer here as
 * there, and nothing is written until staff check the change and press Enter. Escape goes one
 * question back, and from the first back to the Late Book.
 */
final class AmendKeys extends ScreenKeys<StaffScreen.Amending> {

    private final StaffContext context;

    AmendKeys(StaffContext context) {
        super(StaffScreen.Amending.class);
        this.context = context;
    }

    /** The form for {@code entry}, opened from {@code from} (the Late Book), where it goes back to. */
    Next open(LateBookEntry entry, StaffScreen from, Instant now) {
        return Next.show(new StaffScreen.Amending(AmendForm.of(entry), from));
    }

    @Override
    Next typed(StaffScreen.Amending screen, char c, Instant now) {
        AmendForm form = screen.form();
        if (form.step() == AmendForm.Step.CHECK || Character.isISOControl(c)
                || form.typing().length() >= StaffFlow.MAX_TEXT) {
            return Next.show(screen);
        }
        return show(screen, form.typing(form.typing() + c));
    }

    @Override
    Next special(StaffScreen.Amending screen, KioskInput.Key key, Instant now) {
        AmendForm form = screen.form();
        if (key == KioskInput.Key.BACKSPACE && !form.typing().isEmpty()) {
            return show(screen, form.typing(chop(form.typing())));
        }
        if (key != KioskInput.Key.ENTER) {
            return Next.show(screen);
        }
        String typed = form.typing().strip();
        return switch (form.step()) {
            case CODE -> code(screen, typed);
            case LATE_REASON -> show(screen, form.withLateReason(Optional.of(typed).filter(t -> !t.isEmpty())));
            case WHY -> typed.isEmpty() ? show(screen, form.problem("Say why the entry is changed: the audit "
                    + "trail keeps it (the 2024 regulations)")) : show(screen, form.withWhy(typed));
            case EVIDENCE -> show(screen, form.withEvidence(Optional.of(typed).filter(t -> !t.isEmpty())));
            case CHECK -> save(screen, now);
        };
    }

    @Override
    Next escape(StaffScreen.Amending screen, Instant now) {
        return screen.form().back().<Next>map(f -> show(screen, f)).orElseGet(() -> Next.reopen(screen.from()));
    }

    @Override
    boolean takesText(StaffScreen.Amending screen) {
        return screen.form().step() != AmendForm.Step.CHECK;
    }

    /** A code the entry may become in its session, or the same code (Enter alone): asked of the amendment rules. */
    private Next code(StaffScreen.Amending screen, String typed) {
        AmendForm form = screen.form();
        if (typed.isEmpty()) {
            return show(screen, form.withCode(Optional.empty()));
        }
        Optional<AttendanceCode> code = AttendanceCode.fromCode(typed.toUpperCase(Locale.ROOT));
        if (code.isEmpty()) {
            return show(screen, form.problem("'" + typed + "' is not a national attendance code"));
        }
        SessionEntry e = form.entry().entry();
        if (code.get() != e.code()) {
            Optional<String> refusal = AmendmentRules.refusal(e.register(), e.code(), code.get(), Optional.empty(),
                    "checking the code");
            if (refusal.isPresent()) {
                return show(screen, form.problem(refusal.get()));
            }
        }
        return show(screen, form.withCode(code.filter(c -> c != e.code())));
    }

    private Next save(StaffScreen.Amending screen, Instant now) {
        AmendForm form = screen.form();
        SessionEntry e = form.entry().entry();
        try {
            Amendment done = context.desk().amendments().amend(e.pupilId(), e.date(), e.register(), form.code(),
                    form.lateReason(), form.why(), form.evidence(), context.identity());
            return new Next.Reopen(screen.from(), Optional.of(context.clock(now) + " amended " + form.entry().givenName() + " "
                    + form.entry().familyName() + " (" + form.entry().className() + "), " + e.register().words()
                    + ": " + done.original().code() + " -> " + done.amended().code()
                    + done.lateReason().map(r -> ", late reason '" + r + "'").orElse("") + "; the original is kept"));
        } catch (Amendments.Refused refused) {
            return show(screen, form.problem("Refused, nothing recorded: " + refused.getMessage()));
        } catch (RuntimeException ex) {
            return show(screen, form.problem("NOT SAVED: " + Trouble.refusal(ex)));
        }
    }

    private static Next show(StaffScreen.Amending screen, AmendForm form) {
        return Next.show(new StaffScreen.Amending(form, screen.from()));
    }
}
