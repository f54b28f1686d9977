package lategate.app.sync;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * The kiosk database's records of school days, read for summaries: everything but the register
 * entries themselves, which only {@code RegisterEntries} resolves.
 */
public interface DayRecords {

    /**
     * What the database holds about one school day besides its entries, in a fixed order: each pupil
     * with anything recorded that day, and each of {@code withEntries} (the pupils with an entry that
     * day) even so, named from the roster; the stage decisions made that day; each kiosk's figures.
     */
    RecordedDay recordsOf(LocalDate date, Set<String> withEntries);

    /** The last row of every log now: read before the content, so nothing slips between. */
    Watermark now();

    /** The school days with anything recorded after the mark: the days whose summary may have changed. */
    SortedSet<LocalDate> daysChangedSince(Watermark mark);

    /** One school day's records but its entries: pupils by id, decisions and figures in the order made. */
    record RecordedDay(List<RecordedPupil> pupils, List<DayContent.Decision> decisions,
                       List<DayContent.KioskFigures> kiosks) {
        public RecordedDay {
            pupils = List.copyOf(pupils);
            decisions = List.copyOf(decisions);
            kiosks = List.copyOf(kiosks);
        }
    }

    /**
     * A pupil as the roster described them that day (their year and class as their scans recorded
     * them, else the roster's now), with the day's movements, amendments, and the repeat scans of each
     * register ("AM", "PM"), in the order scanned.
     */
    record RecordedPupil(String pupilId, String givenName, String familyName, String year, String className,
                         DayContent.Groups groups, List<DayContent.Movement> movements,
                         List<DayContent.Amendment> amendments, Map<String, List<DayContent.Repeat>> repeats) {
        public RecordedPupil {
            Objects.requireNonNull(pupilId, "pupilId");
            movements = List.copyOf(movements);
            amendments = List.copyOf(amendments);
            repeats = repeats.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                    e -> List.copyOf(e.getValue())));
        }
    }
}
