package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import lategate.app.lateness.LatenessReports;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubReports;
import lategate.sync.hub.HubSchoolRecords;

/**
 * The lead's reports over the trust's hub (issue 7, point 4): each school's settings as its kiosks
 * last sent them (its calendar, registers and thresholds), read with the same rules as a file, and
 * its merged records on the hub, all in one read-only transaction.
 */
final class HubReportScope {

    /** Where a school's settings on the hub are said to be in messages: the table, and the file's name. */
    static Path settingsName(String schoolId) {
        return Path.of("hub.school_settings", schoolId + ".toml");
    }

    private HubReportScope() {
    }

    static ReportScope open(picocli.CommandLine.Model.CommandSpec spec, String address, Optional<Path> passwordFile,
                            Optional<String> school) throws Exception {
        if (school.isPresent() && (school.get().endsWith(".toml") || school.get().contains("/"))) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "with --hub, --school is the "
                    + "school's id on the hub (e.g. --school demo), not a settings file: the hub keeps each school's "
                    + "settings as its kiosks sent them");
        }
        HubReports hub = HubReports.open(address, HubPassword.from(passwordFile));
        try {
            Clock clock = Main.clockOf(spec);
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
                PrintWriter err = spec.commandLine().getErr();
                for (HubReports.Unsettled u : hub.unsettled()) {
                    err.println("lategate: left out school '" + u.schoolId() + "': the hub has its summaries but not "
                            + "its settings file (its calendar), which its kiosks send with their next sync");
                }
                err.flush();
            }
            List<SchoolReport> schools = new ArrayList<>();
            for (String id : ids) {
                Settings settings = SchoolSettings.read(texts.get(id), settingsName(id));
                HubSchoolRecords records = hub.school(id);
                LatenessReports reports = new LatenessReports(settings.school(), settings.lateness(), records,
                        records.pupils(), records, records.decisions());
                schools.add(new SchoolReport(id, settings, reports, records.pupils(),
                        clock.instant().atZone(settings.school().zone()).toLocalDate()));
            }
            return new ReportScope(schools, school.isEmpty(), hub);
        } catch (Exception | Error e) {
            hub.close();
            throw e;
        }
    }
}
