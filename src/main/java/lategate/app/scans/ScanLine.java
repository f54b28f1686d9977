package lategate.app.scans;

import java.util.Objects;
import java.util.Optional;
import lategate.domain.pupil.Pupil;

/** A scan with the pupil it was for, by name and class, where one was found. */
public record ScanLine(LoggedScan scan, Optional<Pupil> pupil) {

    public ScanLine {
        Objects.requireNonNull(scan, "scan");
        Objects.requireNonNull(pupil, "pupil");
    }

    /** "Zoë Nguyễn (5A)", or nothing when no pupil was found. */
    public Optional<String> named() {
        return pupil.map(p -> p.fullName() + " (" + p.className() + ")");
    }
}
