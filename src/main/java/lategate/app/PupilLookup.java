package lategate.app;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.pupil.NameMatch;
import lategate.domain.pupil.Pupil;

/**
 * The one pupil staff mean by what they typed: a pupil id, or a name that only one pupil has
 * (the given name, the family name, or "Given Family"), ignoring case and accents. A whole name
 * must match, never part of one, so "Ann" does not find Anna. An exact id always wins over a
 * name, so every pupil can be named without doubt however their names fall.
 */
public final class PupilLookup {

    /** What a lookup found. */
    public sealed interface Result {

        /** Exactly one pupil. */
        record Found(Pupil pupil) implements Result {
        }

        /** More than one pupil has the name: staff must give the id. By family name, given name, class. */
        record Several(String typed, List<Pupil> pupils) implements Result {
            public Several {
                pupils = List.copyOf(pupils);
            }
        }

        /** No pupil has that id or name. */
        record None(String typed) implements Result {
        }
    }

    private final PupilRoll pupils;

    public PupilLookup(PupilRoll pupils) {
        this.pupils = Objects.requireNonNull(pupils, "pupils");
    }

    /** By id or by the name of anyone ever on the roll, leavers too: for records and reports about them. */
    public Result anyone(String typed) {
        return find(typed, false);
    }

    /**
     * By id, or by the name of a pupil on roll: for what is done for a pupil today, where a
     * leaver of the same name would only get in the way. An id finds a leaver too, for the
     * caller to refuse in its own words.
     */
    public Result onRoll(String typed) {
        return find(typed, true);
    }

    private Result find(String typed, boolean onRollOnly) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Result.None(text);
        }
        Optional<Pupil> byId = pupils.byId(text);
        if (byId.isPresent()) {
            return new Result.Found(byId.get());
        }
        String name = NameMatch.fold(text);
        List<Pupil> named = pupils.all().stream()
                .filter(p -> !onRollOnly || p.onRoll())
                .filter(p -> name.equals(NameMatch.fold(p.givenName())) || name.equals(NameMatch.fold(p.familyName()))
                        || name.equals(NameMatch.fold(p.givenName() + " " + p.familyName())))
                .sorted(NameMatch.PUPILS_BY_NAME).toList();
        if (named.size() == 1) {
            return new Result.Found(named.get(0));
        }
        return named.isEmpty() ? new Result.None(text) : new Result.Several(text, named);
    }
}
