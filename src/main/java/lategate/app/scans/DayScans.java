package lategate.app.scans;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import lategate.app.PupilRoll;
import lategate.domain.pupil.Pupil;

/**
 * A day's scans for the office: the kiosk's and the command line's, what each did and, for a
 * refused one (misread, unknown badge, a replaced badge, another school's), the code as read and
 * why. Nothing a pupil did at the kiosk goes unseen.
 */
public final class DayScans {

    private final ScanLog log;
    private final PupilRoll pupils;

    public DayScans(ScanLog log, PupilRoll pupils) {
        this.log = Objects.requireNonNull(log, "log");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
    }

    /** Every scan of the day, in the order taken, each with its pupil where one was found. */
    public List<ScanLine> on(LocalDate date) {
        return named(log.on(date));
    }

    /** Only the day's scans that marked nothing. */
    public List<ScanLine> refusedOn(LocalDate date) {
        return named(log.on(date).stream().filter(LoggedScan::refused).toList());
    }

    private List<ScanLine> named(List<LoggedScan> scans) {
        Map<String, Pupil> names = pupils.byIds(scans.stream().flatMap(s -> s.pupilId().stream())
                .collect(Collectors.toSet()));
        return scans.stream().map(s -> new ScanLine(s, s.pupilId().map(names::get).flatMap(Optional::ofNullable)))
                .toList();
    }
}
