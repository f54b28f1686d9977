package lategate.app.sync;

import java.time.LocalDate;
import java.util.SortedSet;

/** The kiosk database's records of school days, read for summaries. */
public interface DayRecords {

    /** Everything the database holds about one school day, in a fixed order. */
    DayContent contentOf(LocalDate date);

    /** The last row of every log now: read before the content, so nothing slips between. */
    Watermark now();

    /** The school days with anything recorded after the mark: the days whose summary may have changed. */
    SortedSet<LocalDate> daysChangedSince(Watermark mark);
}
