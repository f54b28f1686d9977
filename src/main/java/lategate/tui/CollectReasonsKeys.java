package lategate.tui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.app.LateBookEntry;
import lategate.app.entry.ReasonsToCollect;
import lategate.domain.entry.SessionEntry;
import lategate.domain.school.LateReason;
import lategate.scanner.KioskInput;

/**
 * Reasons to collect: Up/Down choose a pupil, Enter shows the school's reasons, a number adds that one
 * to the pupil's entry, recorded with who is signed in and when (docs/receptionist.md, "Reasons to collect").
 */
final class CollectReasonsKeys extends ScreenKeys<StaffScreen.CollectReasons> {

    private final StaffContext context;

    CollectReasonsKeys(StaffContext context) {
        super(StaffScreen.CollectReasons.class);
        this.context = context;
    }

    /** Today's list, read afresh. */
    StaffScreen.CollectReasons open(Instant now) {
        java.time.LocalDate today = context.today(now);
        return new StaffScreen.CollectReasons(today, context.desk().reasonsToCollect().pending(today), 0, false,
                Optional.empty());
    }

    @Override
    Next typed(StaffScreen.CollectReasons screen, char c, Instant now) {
        if (!screen.choosing() || screen.pending().isEmpty()) {
            return Next.show(screen);
        }
        List<LateReason> reasons = context.desk().school().reasons();
        java.util.OptionalInt index = ReasonPickerKeys.digit(c, reasons.size());
        return index.isPresent() ? add(screen, reasons.get(index.getAsInt()), now) : Next.show(screen);
    }

    @Override
    Next special(StaffScreen.CollectReasons screen, KioskInput.Key key, Instant now) {
        if (!screen.choosing() && upOrDown(key)) {
            return Next.show(new StaffScreen.CollectReasons(screen.date(), screen.pending(),
                    move(screen.selected(), screen.pending().size(), key), false, Optional.empty()));
        }
        if (!screen.choosing() && key == KioskInput.Key.ENTER && !screen.pending().isEmpty()) {
            return Next.show(new StaffScreen.CollectReasons(screen.date(), screen.pending(), screen.selected(), true,
                    Optional.empty()));
        }
        return Next.show(screen);
    }

    /** Escape: out of the reasons, or back to the menu. */
    @Override
    Next escape(StaffScreen.CollectReasons screen, Instant now) {
        return screen.choosing() ? Next.show(new StaffScreen.CollectReasons(screen.date(), screen.pending(),
                screen.selected(), false, Optional.empty())) : Next.toMenu();
    }

    @Override
    Next.Show reload(StaffScreen.CollectReasons screen, Instant now) {
        List<LateBookEntry> pending = context.desk().reasonsToCollect().pending(screen.date());
        return Next.show(new StaffScreen.CollectReasons(screen.date(), pending, clamp(screen.selected(),
                pending.size()), screen.choosing() && !pending.isEmpty(), screen.problem()));
    }

    private Next add(StaffScreen.CollectReasons screen, LateReason reason, Instant now) {
        LateBookEntry line = screen.pending().get(screen.selected());
        SessionEntry e = line.entry();
        String who = line.givenName() + " " + line.familyName();
        try {
            SessionEntry after = context.desk().reasonsToCollect().add(e.pupilId(), e.date(), e.register(),
                    reason.key(), context.identity());
            return new Next.Reopen(new StaffScreen.CollectReasons(screen.date(), screen.pending(), screen.selected(),
                    false, Optional.empty()), Optional.of(context.clock(now) + " " + who + ": reason added: "
                    + after.reason().orElse(reason.label()) + (reason.needsStaffConfirmation()
                    ? " (a claim: decide it under Open claims)" : "")));
        } catch (ReasonsToCollect.Refused ex) {
            return Next.reopen(new StaffScreen.CollectReasons(screen.date(), screen.pending(), screen.selected(),
                    false, Optional.of("Refused, nothing recorded: " + ex.getMessage())));
        } catch (RuntimeException ex) {
            return Next.show(new StaffScreen.CollectReasons(screen.date(), screen.pending(), screen.selected(),
                    true, Optional.of("NOT SAVED: " + Trouble.refusal(ex))));
        }
    }
}
