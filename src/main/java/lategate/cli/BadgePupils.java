package lategate.cli;

import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.pupil.Pupil;
import lategate.store.SqlitePupils;
import lategate.wiring.BadInputException;

/**
 * The pupils whose badges 'lategate badges' prints: the whole roll, one class, or one pupil;
 * leavers never (their badges stop working). In class order, then by family and given name, so
 * each class's cards come off the printer together for its teacher to hand out.
 *
 * @param printable pupils whose roster badge code can go on a badge
 * @param leftOut   pupils on roll whose badge code cannot (empty, or from a roster older than
 *                  the rule for codes), each with why: the office must see them, not lose them
 */
record BadgePupils(List<Pupil> printable, List<String> leftOut) {

    static BadgePupils choose(SqlitePupils pupils, Optional<String> className, Optional<String> pupilId, Path db) {
        if (pupilId.isPresent()) {
            return one(pupils, pupilId.get());
        }
        List<Pupil> onRoll = pupils.all().stream().filter(Pupil::onRoll).toList();
        if (onRoll.isEmpty()) {
            throw new BadInputException("no pupils on roll in " + db + ": import the roster first (lategate roster "
                    + "import)");
        }
        List<Pupil> chosen = onRoll;
        if (className.isPresent()) {
            String wanted = className.get().strip();
            chosen = onRoll.stream().filter(p -> p.className().equalsIgnoreCase(wanted)).toList();
            if (chosen.isEmpty()) {
                TreeSet<String> classes = new TreeSet<>();
                onRoll.forEach(p -> classes.add(p.className()));
                throw new BadInputException("no pupil on roll is in class '" + wanted + "'; the classes are "
                        + String.join(", ", classes));
            }
        }
        Collator names = Collator.getInstance(Locale.UK);
        List<Pupil> printable = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (Pupil p : chosen.stream().sorted(Comparator.comparing(Pupil::className)
                .thenComparing(Pupil::familyName, names).thenComparing(Pupil::givenName, names)
                .thenComparing(Pupil::id)).toList()) {
            Optional<String> unsuitable = BadgeCodes.unsuitable(p.badge());
            if (unsuitable.isPresent()) {
                leftOut.add(p.id() + " (" + p.fullName() + ", badge '" + p.badge() + "': " + unsuitable.get() + ")");
            } else {
                printable.add(p);
            }
        }
        if (printable.isEmpty()) {
            throw new BadInputException("none of these pupils has a badge code that can go on a badge: "
                    + String.join("; ", leftOut));
        }
        return new BadgePupils(printable, leftOut);
    }

    private static BadgePupils one(SqlitePupils pupils, String typed) {
        Pupil pupil = PupilArgument.stillOnRoll(pupils, typed, "a leaver's badge signs nobody in, so none is printed");
        BadgeCodes.unsuitable(pupil.badge()).ifPresent(why -> {
            throw new BadInputException(pupil.fullName() + " (" + pupil.id() + ") has badge code '" + pupil.badge()
                    + "' in the roster, which cannot go on a badge: " + why + ". Correct it in the roster and "
                    + "import it again");
        });
        return new BadgePupils(List.of(pupil), List.of());
    }
}
