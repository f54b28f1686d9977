package lategate.reporting;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lategate.app.lateness.LatenessReports;
import lategate.settings.InvalidSettingsException;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.settings.SettingsProblem;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubReports;
import lategate.sync.hub.HubSchoolRecords;
import lategate.wiring.BadInputException;

/**
 * The lead's reports over the trust's hub: each school's settings as its kiosks
 * last sent them (its calendar, registers and thresholds), read with the same rules as a file, and
 * its merged records on the hub, all in one read-only transaction.
 */
public final class HubReportScope {

    private HubReportScope() {
    }

    private static void leftOutForSettings(PrintWriter err, String id, InvalidSettingsException e) {
        for (SettingsProblem problem : e.problems()) {
            err.println(problem);
        }
        err.println("lategate: left out school '" + id + "': its settings on the hub do not read ("
                + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " above), so its "
                + "calendar and thresholds are unknown; its kiosks replace them with their next sync once the file "
                + "is put right");
        err.flush();
    }

    /**
     * The schools' reports on the hub at {@code address}: the one school {@code school} names, or
     * every school the hub's user can read; schools left out are named on {@code err}, their dates
     * taken at {@code clock}'s now. {@code school} is an id on the hub, checked as such by the caller.
     */
    public static ReportScope open(PrintWriter err, Clock clock, String address, Optional<Path> passwordFile,
                                   Optional<String> school) throws Exception {
        HubReports hub = HubReports.open(address, HubPassword.from(passwordFile));
        try {
            Map<String, String> texts = new TreeMap<>();
            if (school.isPresent()) {
                texts.put(school.get(), hub.settingsOf(school.get()));
            } else {
                texts.putAll(hub.settings());
            }
            List<String> ids = List.copyOf(texts.keySet());
            if (ids.isEmpty()) {
                throw new BadInputException("the hub " + hub.name() + " has no school yet that '" + hub.user()
                        + "' can read: a school appears once one of its kiosks has synced to it");
            }
            if (school.isEmpty()) {
                for (HubReports.Unsettled u : hub.unsettled()) {
                    err.println("lategate: left out school '" + u.schoolId() + "': the hub has its summaries but not "
                            + "its settings file (its calendar), which its kiosks send with their next sync");
                }
                err.flush();
            }
            List<SchoolReport> schools = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (String id : ids) {
                Settings settings;
                try {
                    settings = SchoolSettings.read(texts.get(id), HubReports.settingsName(id));
                } catch (InvalidSettingsException e) {
                    if (school.isPresent()) {
                        throw e; // the one school asked for: its problems are the answer
                    }
                    // One school's settings must not take the trust's report down with them: that
                    // school is named and left out, and every other school is reported.
                    leftOut.add(id);
                    leftOutForSettings(err, id, e);
                    continue;
                }
                HubSchoolRecords records = hub.school(id);
                LatenessReports reports = new LatenessReports(settings.school(), settings.lateness(), records,
                        records.pupils(), records, records.decisions());
                schools.add(new SchoolReport(id, settings, reports, records.pupils(),
                        clock.instant().atZone(settings.school().zone()).toLocalDate()));
            }
            return new ReportScope(schools, school.isEmpty(), leftOut, hub, hub.reads()::plan);
        } catch (Exception | Error e) {
            hub.close();
            throw e;
        }
    }
}
