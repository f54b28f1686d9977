package lategate.app.held;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import lategate.domain.register.TimeWords;

/**
 * A kiosk's scans while its register's file is away. Once the file at the register's path is no
 * longer the one the kiosk has open, nothing more is confirmed into it: every scan is held, in
 * memory and appended to the file beside the register, until staff put the register back and
 * restart the kiosk, which then records them at their own instants (docs/held-scans.md). The
 * register is a legal record (the 2024 regulations): a scan a pupil was told is kept is never lost.
 */
public final class HeldScans {

    private final RegisterFile register;
    private final AsideFile aside;
    private final List<WaitingScan> held = new ArrayList<>();
    /** How many of {@link #held}, oldest first, are in the file beside the register. */
    private int written;
    private Optional<String> trouble = Optional.empty();
    private Optional<Away> away = Optional.empty();
    private Optional<String> leftOver = Optional.empty();

    public HeldScans(RegisterFile register, AsideFile aside) {
        this.register = Objects.requireNonNull(register, "register");
        this.aside = Objects.requireNonNull(aside, "aside");
    }

    /**
     * Whether the register's file is away, looking at its path now unless it was found away
     * before: it stays away until the kiosk restarts, since only a restart opens whatever staff put back.
     */
    public boolean away(Instant now) {
        if (away.isEmpty()) {
            away = register.gone().map(gone -> new Away(gone, now));
        }
        return away.isPresent();
    }

    /**
     * Holds a scan: in memory, and in the file beside the register. Returns whether it (and every
     * scan held before it) is on disk there; one that is not stays in memory and is written by
     * {@link #flush} as soon as the file takes it.
     */
    public boolean hold(WaitingScan scan) {
        held.add(Objects.requireNonNull(scan, "scan"));
        flush();
        return written == held.size();
    }

    /** Writes the held scans not yet in the file beside the register, oldest first; stops at the first refused. */
    public void flush() {
        while (written < held.size()) {
            try {
                aside.append(held.get(written));
            } catch (RuntimeException e) {
                trouble = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                return;
            }
            written++;
            trouble = Optional.empty();
        }
    }

    /** How the register stands now, for the screens: empty while its file is where it should be. */
    public Optional<Standing> standing() {
        return away.map(a -> new Standing(a.gone(), a.since(), held.size(), held.size() - written, aside.where(),
                trouble));
    }

    /**
     * Scans held before this start that could not all be recorded (a bad line, a refused arrival):
     * staff are told so, in {@code words}, until the kiosk starts with every one of them in the register.
     */
    public void leftOver(String words) {
        leftOver = Optional.of(Objects.requireNonNull(words, "words"));
    }

    /** What staff must be told now, if anything: the register's file away, else scans left over from before. */
    public Optional<String> notice(ZoneId zone) {
        return standing().map(s -> s.words(zone)).or(() -> leftOver);
    }

    /** The scans held so far, oldest first. */
    public List<WaitingScan> held() {
        return List.copyOf(held);
    }

    private record Away(RegisterFile.Gone gone, Instant since) {
    }

    /**
     * The register's file found {@code gone} at {@code since}; {@code held} scans held since, of
     * which {@code inMemoryOnly} could not yet be written to {@code aside} (because of {@code trouble}).
     */
    public record Standing(RegisterFile.Gone gone, Instant since, int held, int inMemoryOnly, String aside,
                           Optional<String> trouble) {

        /** The problem and what to do, in words for staff. */
        public String words(ZoneId zone) {
            String heldWords = held == 0 ? "No scans held yet; scans are held in " + aside + "."
                    : held + (held == 1 ? " scan" : " scans") + " held in " + aside + ".";
            String memory = inMemoryOnly == 0 ? "" : " " + inMemoryOnly + " of them only in this kiosk's memory ("
                    + trouble.orElse("the file cannot be written") + "): they are written as soon as it can be.";
            return "THE REGISTER FILE IS GONE: " + gone.path() + " was found " + gone.how() + " at "
                    + TimeWords.CLOCK.format(since.atZone(zone)) + ". Nothing is saved to it now. " + heldWords
                    + memory + " Staff: stop the kiosk, put the register's file back or restore a backup "
                    + "(lategate restore), and start it again: the held scans are then recorded at the times they "
                    + "were made.";
        }
    }
}
