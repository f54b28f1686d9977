package lategate.cli;

import java.util.stream.Collectors;
import lategate.app.PupilLookup;
import lategate.app.PupilRoll;
import lategate.domain.pupil.Pupil;
import lategate.wiring.BadInputException;

/**
 * A pupil as staff name one on any command (--pupil, or a command's pupil argument): their id,
 * or a name only one pupil has. When several pupils have it they are listed, with what tells
 * them apart, for staff to give the id; nothing is done either way until one pupil is meant.
 */
final class PupilArgument {

    static final String LABEL = "PUPIL";
    static final String DESCRIPTION = "The pupil's id, or their name when only one pupil has it: given name, "
            + "family name or \"Given Family\" (any case).";

    private PupilArgument() {
    }

    /** Anyone ever on the roll, leavers too: for a pupil's records and reports. */
    static Pupil anyone(PupilRoll pupils, String typed) {
        return chosen(new PupilLookup(pupils).anyone(typed), "");
    }

    /** By id, or by the name of a pupil on roll: for what is done for a pupil today. */
    static Pupil onRoll(PupilRoll pupils, String typed) {
        return chosen(new PupilLookup(pupils).onRoll(typed), " on roll");
    }

    /**
     * By id, or by the name of a pupil on roll, refusing a leaver found by their id: for what
     * only a pupil on roll can be given. {@code refusal} says what a leaver does not get.
     */
    static Pupil stillOnRoll(PupilRoll pupils, String typed, String refusal) {
        Pupil pupil = onRoll(pupils, typed);
        if (!pupil.onRoll()) {
            throw new BadInputException(named(pupil) + " left on " + pupil.leftOn().get() + ": " + refusal);
        }
        return pupil;
    }

    /** "D2 (Oliver Smith)": how a command says whom it acted on, so a name that found someone unexpected shows. */
    static String named(Pupil pupil) {
        return pupil.id() + " (" + pupil.fullName() + ")";
    }

    private static Pupil chosen(PupilLookup.Result result, String among) {
        // The list says who the pupils are; only "none" needs to say where they were looked for.
        if (result instanceof PupilLookup.Result.Found found) {
            return found.pupil();
        }
        if (result instanceof PupilLookup.Result.Several several) {
            throw new BadInputException(several.pupils().size() + " pupils match '" + several.typed()
                    + "': give the pupil id:" + several.pupils().stream().map(PupilArgument::line)
                    .collect(Collectors.joining()));
        }
        throw new BadInputException("no pupil with id or name '" + ((PupilLookup.Result.None) result).typed() + "'"
                + among);
    }

    private static String line(Pupil p) {
        return String.format("%n  %-10s  %-30s  year %-3s  %s%s", p.id(), p.fullName(), p.year(), p.className(),
                p.leftOn().map(d -> "  left on " + d).orElse(""));
    }
}
