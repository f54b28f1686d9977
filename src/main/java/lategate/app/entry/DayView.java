package lategate.app.entry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import lategate.app.MovementLog;
import lategate.app.PupilDirectory;
import lategate.domain.entry.SessionEntry;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;

/**
 * One school day as the office sees it: each pupil with anything recorded that day, their
 * morning and afternoon entries as they stand ({@link RegisterEntries}), and their comings and
 * goings.
 */
public final class DayView {

    private final PupilDirectory pupils;
    private final RegisterEntries register;
    private final MovementLog movements;

    public DayView(PupilDirectory pupils, RegisterEntries register, MovementLog movements) {
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.register = Objects.requireNonNull(register, "register");
        this.movements = Objects.requireNonNull(movements, "movements");
    }

    public record Line(Pupil pupil, Map<Register, SessionEntry> entries, List<Movement> movements) {
    }

    public List<Line> on(LocalDate date) {
        TreeSet<String> ids = new TreeSet<>();
        Map<String, Map<Register, SessionEntry>> entries = new HashMap<>();
        for (SessionEntry e : register.on(date)) {
            entries.computeIfAbsent(e.pupilId(), k -> new EnumMap<>(Register.class)).put(e.register(), e);
            ids.add(e.pupilId());
        }
        Map<String, List<Movement>> moves = new HashMap<>();
        for (Movement m : movements.on(date)) {
            moves.computeIfAbsent(m.pupilId(), k -> new ArrayList<>()).add(m);
            ids.add(m.pupilId());
        }
        Map<String, Pupil> named = pupils.byIds(ids);
        List<Line> lines = new ArrayList<>();
        for (String id : ids) {
            Pupil pupil = named.get(id);
            if (pupil != null) {
                lines.add(new Line(pupil, entries.getOrDefault(id, Map.of()), moves.getOrDefault(id, List.of())));
            }
        }
        lines.sort(Comparator.comparing((Line l) -> l.pupil().className())
                .thenComparing(l -> l.pupil().familyName()).thenComparing(l -> l.pupil().givenName()));
        return lines;
    }
}
