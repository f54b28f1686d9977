package lategate.app.lateness;

import java.time.LocalDate;

/** Late marks on the last school day before a break and the first one after it. */
public record HolidayEdge(String breakName, LocalDate lastDayBefore, int latesBefore, LocalDate firstDayAfter,
                          int latesAfter) {
}
