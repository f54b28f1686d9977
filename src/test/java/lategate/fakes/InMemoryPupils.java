package lategate.fakes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import lategate.app.PupilDirectory;
import lategate.domain.pupil.NameMatch;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.PupilCutOff;

/**
 * A roll in memory, answering as {@code SqlitePupils} does: a leaver's badge finds nobody, search
 * folds case and accents and never finds a leaver. For tests of rules and screens; the roster import
 * itself is {@code SqlitePupils}' and is proved on a real file. {@code PupilDirectoryContractTest}
 * holds the two to the same answers.
 */
public final class InMemoryPupils implements PupilDirectory {

    private final TreeMap<String, Pupil> pupils = new TreeMap<>();
    private final List<PupilCutOff> cutOffs = new ArrayList<>();

    public InMemoryPupils(List<Pupil> roll) {
        roll.forEach(p -> pupils.put(p.id(), p));
    }

    /** Puts a pupil on the roll, or replaces the one with their id (a leaver too). */
    public synchronized void put(Pupil pupil) {
        pupils.put(pupil.id(), pupil);
    }

    /** A pupil's own later cut-off, as {@code SqlitePupils.addCutOff} keeps it. */
    public synchronized void addCutOff(PupilCutOff cutOff) {
        cutOffs.add(cutOff);
    }

    @Override
    public synchronized Optional<Pupil> onRollByBadge(String badge) {
        // As the database finds it: the badge first, else a second code (badge_2).
        return pupils.values().stream().filter(p -> p.onRoll() && p.badge().equals(badge)).findFirst()
                .or(() -> pupils.values().stream().filter(p -> p.onRoll() && p.badge2().filter(badge::equals)
                        .isPresent()).findFirst());
    }

    @Override
    public synchronized Optional<Pupil> byId(String pupilId) {
        return Optional.ofNullable(pupils.get(pupilId));
    }

    @Override
    public synchronized List<Pupil> all() {
        return List.copyOf(pupils.values());
    }

    @Override
    public synchronized List<Pupil> search(String text, int limit) {
        List<String> words = Arrays.stream(NameMatch.fold(text).split(" ")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty() || limit <= 0) {
            return List.of();
        }
        List<Pupil> found = new ArrayList<>(pupils.values().stream().filter(Pupil::onRoll)
                .filter(p -> words.stream().allMatch(NameMatch.fold(p.givenName() + " " + p.familyName())::contains))
                .toList());
        found.sort(NameMatch.PUPILS_BY_NAME);
        return found.size() <= limit ? found : List.copyOf(found.subList(0, limit));
    }

    @Override
    public synchronized List<PupilCutOff> cutOffsOf(String pupilId) {
        return cutOffs.stream().filter(c -> c.pupilId().equals(pupilId)).toList();
    }
}
