package lategate.tui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.app.movement.Movements;
import lategate.scanner.KioskInput;

/** Who is off site now; Enter opens the selected pupil's page, which comes back here. */
final class OffSiteKeys extends ScreenKeys<StaffScreen.OffSite> {

    private final StaffContext context;
    private final PupilPageKeys pages;

    OffSiteKeys(StaffContext context, PupilPageKeys pages) {
        super(StaffScreen.OffSite.class);
        this.context = context;
        this.pages = pages;
    }

    @Override
    Next typed(StaffScreen.OffSite off, char c, Instant now) {
        return Next.show(off);
    }

    @Override
    Next special(StaffScreen.OffSite off, KioskInput.Key key, Instant now) {
        if (upOrDown(key)) {
            return Next.show(new StaffScreen.OffSite(off.offSite(), move(off.selected(), off.offSite().size(), key),
                    off.at()));
        }
        if (key == KioskInput.Key.ENTER && !off.offSite().isEmpty()) {
            return pages.open(off.offSite().get(off.selected()).pupil(), Optional.of(off), off, Optional.empty(), now);
        }
        return Next.show(off);
    }

    @Override
    Next escape(StaffScreen.OffSite off, Instant now) {
        return Next.toMenu();
    }

    @Override
    Next.Show reload(StaffScreen.OffSite off, Instant now) {
        List<Movements.OffSite> list = context.desk().movements().offSiteNow();
        return Next.show(new StaffScreen.OffSite(list, clamp(off.selected(), list.size()), now));
    }
}
