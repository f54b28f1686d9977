package lategate.tui;

import java.time.Instant;
import lategate.app.LateBookEntry;
import lategate.app.movement.FireRoll;
import lategate.app.movement.RollPrinter;
import lategate.scanner.KioskInput;

/**
 * The fire roll: the late pupils on site, each ticked (or unticked) with Space as staff find them, and
 * everyone off site. Each tick is saved as it is made, with who made it and when, so the roll call
 * outlives the idle lock and a restart; P prints it, C twice closes it (the next roll starts afresh).
 */
final class FireRollKeys extends ScreenKeys<StaffScreen.RollCall> {

    private final StaffContext context;

    FireRollKeys(StaffContext context) {
        super(StaffScreen.RollCall.class);
        this.context = context;
    }

    @Override
    Next typed(StaffScreen.RollCall roll, char c, Instant now) {
        FireRoll fireRoll = context.desk().fireRoll();
        if (c == ' ' && !roll.roll().lateOnSite().isEmpty()) {
            LateBookEntry pupil = roll.roll().lateOnSite().get(roll.cursor());
            String id = pupil.entry().pupilId();
            boolean found = !roll.call().found(id);
            FireRoll.Call ticked = fireRoll.tick(roll.call(), id, found, context.identity(), now);
            return Next.show(new StaffScreen.RollCall(ticked, clamp(roll.cursor(), ticked.roll().lateOnSite().size()),
                    now, false), context.clock(now) + " " + pupil.givenName() + " " + pupil.familyName()
                    + (found ? " ticked found" : " unticked: missing") + " (saved)");
        }
        if (c == 'p' || c == 'P') {
            RollPrinter.Printed printed = fireRoll.print(roll.call(), now);
            return Next.show(withoutClosing(roll), context.clock(now) + " fire roll " + printed.words());
        }
        if (c == 'c' || c == 'C') {
            if (!roll.closing()) {
                return Next.show(new StaffScreen.RollCall(roll.call(), roll.cursor(), roll.at(), true),
                        context.clock(now) + " press C again to close this roll call (its ticks are kept); "
                                + "any other key keeps it open");
            }
            fireRoll.close(roll.call(), context.identity(), now);
            return Next.toMenu();
        }
        return Next.show(withoutClosing(roll));
    }

    private static StaffScreen.RollCall withoutClosing(StaffScreen.RollCall roll) {
        return roll.closing() ? new StaffScreen.RollCall(roll.call(), roll.cursor(), roll.at(), false) : roll;
    }

    @Override
    Next special(StaffScreen.RollCall roll, KioskInput.Key key, Instant now) {
        if (upOrDown(key)) {
            return Next.show(new StaffScreen.RollCall(roll.call(), move(roll.cursor(),
                    roll.roll().lateOnSite().size(), key), roll.at(), false));
        }
        return Next.show(withoutClosing(roll));
    }

    @Override
    Next escape(StaffScreen.RollCall roll, Instant now) {
        return Next.toMenu();
    }

    @Override
    Next.Show reload(StaffScreen.RollCall roll, Instant now) {
        FireRoll.Call fresh = context.desk().fireRoll().again(roll.call(), now);
        return Next.show(new StaffScreen.RollCall(fresh, clamp(roll.cursor(), fresh.roll().lateOnSite().size()),
                now, roll.closing()));
    }
}
