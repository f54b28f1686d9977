package lategate.reporting;

import java.time.LocalDate;
import lategate.app.PupilRoll;
import lategate.app.lateness.LatenessReports;
import lategate.settings.Settings;

/**
 * One school's reports as a report command reads them, from a kiosk's database or from the hub:
 * the school's settings (its calendar, registers and thresholds), the lead's reports, its pupils
 * and the school's date today.
 */
public record SchoolReport(String schoolId, Settings settings, LatenessReports reports, PupilRoll pupils, LocalDate today) {
}
