package lategate.tui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lategate.app.movement.FireRoll;
import lategate.scanner.KioskInput;

/**
 * The fire roll: the late pupils on site, each ticked with Space as staff find them, and everyone
 * off site. Read again, it keeps each pupil's tick.
 */
final class FireRollKeys extends ScreenKeys<StaffScreen.RollCall> {

    private final StaffContext context;

    FireRollKeys(StaffContext context) {
        super(StaffScreen.RollCall.class);
        this.context = context;
    }

    @Override
    Next typed(StaffScreen.RollCall roll, char c, Instant now) {
        if (c == ' ' && !roll.ticked().isEmpty()) {
            List<Boolean> ticks = new ArrayList<>(roll.ticked());
            ticks.set(roll.cursor(), !ticks.get(roll.cursor()));
            return Next.show(new StaffScreen.RollCall(roll.roll(), List.copyOf(ticks), roll.cursor(), roll.at()));
        }
        return Next.show(roll);
    }

    @Override
    Next special(StaffScreen.RollCall roll, KioskInput.Key key, Instant now) {
        if (upOrDown(key)) {
            return Next.show(new StaffScreen.RollCall(roll.roll(), roll.ticked(),
                    move(roll.cursor(), roll.ticked().size(), key), roll.at()));
        }
        return Next.show(roll);
    }

    @Override
    Next escape(StaffScreen.RollCall roll, Instant now) {
        return Next.toMenu();
    }

    @Override
    Next.Show reload(StaffScreen.RollCall roll, Instant now) {
        FireRoll.Roll fresh = context.desk().fireRoll().now();
        Map<String, Boolean> ticks = new HashMap<>();
        for (int i = 0; i < roll.ticked().size(); i++) {
            ticks.put(roll.roll().lateOnSite().get(i).entry().pupilId(), roll.ticked().get(i));
        }
        List<Boolean> kept = fresh.lateOnSite().stream()
                .map(e -> ticks.getOrDefault(e.entry().pupilId(), false)).toList();
        return Next.show(new StaffScreen.RollCall(fresh, kept, clamp(roll.cursor(), kept.size()), roll.at()));
    }
}
