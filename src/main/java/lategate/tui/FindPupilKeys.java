package lategate.tui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.domain.pupil.Pupil;
import lategate.scanner.KioskInput;

/** Finding a pupil by part of their name, as it is typed; Enter opens the one selected. */
final class FindPupilKeys extends ScreenKeys<StaffScreen.FindPupil> {

    private static final int FOUND_LIMIT = 40;

    private final StaffContext context;
    private final PupilPageKeys pages;

    FindPupilKeys(StaffContext context, PupilPageKeys pages) {
        super(StaffScreen.FindPupil.class);
        this.context = context;
        this.pages = pages;
    }

    @Override
    Next typed(StaffScreen.FindPupil find, char c, Instant now) {
        if (!Character.isISOControl(c) && find.typed().length() < StaffFlow.MAX_TEXT) {
            return search(find.typed() + c);
        }
        return Next.show(find);
    }

    @Override
    Next special(StaffScreen.FindPupil find, KioskInput.Key key, Instant now) {
        if (key == KioskInput.Key.BACKSPACE && !find.typed().isEmpty()) {
            return search(chop(find.typed()));
        }
        if (upOrDown(key)) {
            return Next.show(new StaffScreen.FindPupil(find.typed(), find.found(),
                    move(find.selected(), find.found().size(), key)));
        }
        if (key == KioskInput.Key.ENTER && !find.found().isEmpty()) {
            return scanned(find, find.found().get(find.selected()), now);
        }
        return Next.show(find);
    }

    /** A pupil's badge scanned here (or the pupil selected): their page, which goes back here. */
    Next scanned(StaffScreen.FindPupil find, Pupil pupil, Instant now) {
        return pages.open(pupil, Optional.of(find), find, Optional.empty(), now);
    }

    @Override
    Next escape(StaffScreen.FindPupil find, Instant now) {
        return Next.toMenu();
    }

    @Override
    Next.Show reload(StaffScreen.FindPupil find, Instant now) {
        List<Pupil> found = context.desk().pupils().search(find.typed(), FOUND_LIMIT);
        return Next.show(new StaffScreen.FindPupil(find.typed(), found, clamp(find.selected(), found.size())));
    }

    @Override
    boolean takesText(StaffScreen.FindPupil find) {
        return true;
    }

    private Next search(String typed) {
        try {
            return Next.show(new StaffScreen.FindPupil(typed, context.desk().pupils().search(typed, FOUND_LIMIT), 0));
        } catch (RuntimeException e) {
            return Next.show(new StaffScreen.FindPupil(typed, List.of(), 0), "cannot search the roll: "
                    + Trouble.refusal(e));
        }
    }
}
