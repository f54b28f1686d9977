package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import lategate.scanner.KioskInput;

/**
 * The scan log at the kiosk: the day's scans that marked nothing, with why. Up/Down and PgUp/PgDn
 * scroll, Left/Right go a day back or forward (never past today), Escape goes back to the menu.
 */
final class ScanLogKeys extends ScreenKeys<StaffScreen.ScanLog> {

    private final StaffContext context;

    ScanLogKeys(StaffContext context) {
        super(StaffScreen.ScanLog.class);
        this.context = context;
    }

    /** Today's refused scans, from the menu. */
    Next.Show open(Instant now) {
        return Next.show(read(context.today(now), 0));
    }

    @Override
    Next typed(StaffScreen.ScanLog log, char c, Instant now) {
        return Next.show(log);
    }

    @Override
    Next special(StaffScreen.ScanLog log, KioskInput.Key key, Instant now) {
        int page = Math.max(1, StaffFrame.capacity(context.rows()) - 1);
        return switch (key) {
            case UP -> Next.show(scrolled(log, log.scroll() - 1));
            case DOWN -> Next.show(scrolled(log, log.scroll() + 1));
            case PAGE_UP -> Next.show(scrolled(log, log.scroll() - page));
            case PAGE_DOWN -> Next.show(scrolled(log, log.scroll() + page));
            case LEFT -> Next.show(read(log.day().minusDays(1), 0));
            case RIGHT -> log.day().isBefore(context.today(now)) ? Next.show(read(log.day().plusDays(1), 0))
                    : Next.show(log, context.clock(now) + " this is today's scan log: the latest there is");
            default -> Next.show(log);
        };
    }

    @Override
    Next escape(StaffScreen.ScanLog log, Instant now) {
        return Next.toMenu();
    }

    @Override
    Next.Show reload(StaffScreen.ScanLog log, Instant now) {
        return Next.show(read(log.day(), log.scroll()));
    }

    private StaffScreen.ScanLog read(LocalDate day, int scroll) {
        return new StaffScreen.ScanLog(day, context.desk().scans().refusedOn(day), Math.max(0, scroll));
    }

    /** Scrolled no further than the last line can come up to the top of the page. */
    private StaffScreen.ScanLog scrolled(StaffScreen.ScanLog log, int scroll) {
        int lines = ScanLogScreen.lines(log, context.columns(), context.desk().school().zone()).size();
        int last = Math.max(0, lines - ScanLogScreen.capacity(context.rows()));
        return new StaffScreen.ScanLog(log.day(), log.scans(), Math.max(0, Math.min(scroll, last)));
    }
}
