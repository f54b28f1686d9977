package lategate.app;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import lategate.app.audit.AmendmentLog;
import lategate.app.movement.MovementLog;
import lategate.domain.audit.Amendment;
import lategate.domain.clock.ReviewFlag;
import lategate.domain.codes.AttendanceCode;
import lategate.domain.movement.DayMovements;
import lategate.domain.movement.Movement;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Register;
import lategate.domain.school.School;

/**
 * One school day as the office sees it: each pupil with anything recorded that day, their
 * morning and afternoon entries as they stand, and their comings and goings. An entry is the
 * latest amendment if there is one; otherwise the code a sign-out gives a register taken while
 * the pupil was out; otherwise the pupil's own arrival mark.
 */
public final class DayView {

    private final School school;
    private final PupilDirectory pupils;
    private final RegisterLog register;
    private final MovementLog movements;
    private final AmendmentLog amendments;

    public DayView(School school, PupilDirectory pupils, RegisterLog register, MovementLog movements,
                   AmendmentLog amendments) {
        this.school = Objects.requireNonNull(school, "school");
        this.pupils = Objects.requireNonNull(pupils, "pupils");
        this.register = Objects.requireNonNull(register, "register");
        this.movements = Objects.requireNonNull(movements, "movements");
        this.amendments = Objects.requireNonNull(amendments, "amendments");
    }

    /** Where an entry comes from, for the office to see why it is what it is. */
    public enum Source {
        ARRIVAL("arrival"), SIGN_OUT("signed out"), AMENDMENT("amended");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * An entry as it stands; {@code toReview} when it is an arrival taken under a questioned clock
     * and classified once staff settled the time (issue 9), so its time deserves a second look.
     */
    public record Entry(AttendanceCode code, Source source, boolean toReview) {
    }

    public record Line(Pupil pupil, Map<Register, Entry> entries, List<Movement> movements) {
    }

    public List<Line> on(LocalDate date) {
        Map<String, RecordedArrival> am = new java.util.HashMap<>();
        Map<String, RecordedArrival> pm = new java.util.HashMap<>();
        TreeSet<String> ids = new TreeSet<>();
        for (RecordedArrival a : register.marksOn(date)) {
            (a.register() == Register.AM ? am : pm).put(a.pupilId(), a);
            ids.add(a.pupilId());
        }
        Map<String, List<Movement>> moves = new java.util.HashMap<>();
        for (Movement m : movements.on(date)) {
            moves.computeIfAbsent(m.pupilId(), k -> new ArrayList<>()).add(m);
            ids.add(m.pupilId());
        }
        Map<String, List<Amendment>> amended = new java.util.HashMap<>();
        for (Amendment a : amendments.on(date)) {
            amended.computeIfAbsent(a.pupilId(), k -> new ArrayList<>()).add(a);
            ids.add(a.pupilId());
        }
        List<Line> lines = new ArrayList<>();
        for (String id : ids) {
            Optional<Pupil> pupil = pupils.byId(id);
            if (pupil.isEmpty()) {
                continue;
            }
            DayMovements day = new DayMovements(id, moves.getOrDefault(id, List.of()));
            Map<Register, AttendanceCode> effects = day.registerEffects(date, school.timetable(), school.zone());
            Map<Register, Entry> entries = new EnumMap<>(Register.class);
            for (Register reg : Register.values()) {
                Optional<Amendment> latest = amended.getOrDefault(id, List.of()).stream()
                        .filter(a -> a.register() == reg).reduce((first, second) -> second);
                RecordedArrival arrival = (reg == Register.AM ? am : pm).get(id);
                if (latest.isPresent()) {
                    entries.put(reg, new Entry(latest.get().amended(), Source.AMENDMENT, false));
                } else if (effects.containsKey(reg)) {
                    entries.put(reg, new Entry(effects.get(reg), Source.SIGN_OUT, false));
                } else if (arrival != null) {
                    entries.put(reg, new Entry(arrival.mark().code(reg), Source.ARRIVAL,
                            ReviewFlag.on(arrival.recordedBy())));
                }
            }
            lines.add(new Line(pupil.get(), entries, day.movements()));
        }
        lines.sort(java.util.Comparator.comparing((Line l) -> l.pupil().className())
                .thenComparing(l -> l.pupil().familyName()).thenComparing(l -> l.pupil().givenName()));
        return lines;
    }
}
