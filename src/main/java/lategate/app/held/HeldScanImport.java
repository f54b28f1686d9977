package lategate.app.held;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import lategate.app.SignIn;
import lategate.app.SignInOutcome;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;

/**
 * Records the scans a kiosk held while its register's file was away, each at the instant it was
 * made and through the same sign-in as any scan, so L or U is what it was when the pupil scanned.
 * A scan the register already holds from that kiosk at that instant is skipped: recording the same
 * file again never makes a second entry (docs/held-scans.md).
 */
public final class HeldScanImport {

    /** Who the register says recorded a held scan: the pupil's own scan, kept aside first. */
    public static final String RECORDED_BY = "pupil (badge scan, held while the register file was away)";

    private final School school;
    private final SignIn signIn;
    private final ScansOnRecord onRecord;

    public HeldScanImport(School school, SignIn signIn, ScansOnRecord onRecord) {
        this.school = Objects.requireNonNull(school, "school");
        this.signIn = Objects.requireNonNull(signIn, "signIn");
        this.onRecord = Objects.requireNonNull(onRecord, "onRecord");
    }

    /** What became of each line; {@link Result#complete()} when every line is in the register. */
    public record Result(List<Done> recorded, List<Integer> alreadyIn, List<Problem> problems) {

        public boolean complete() {
            return problems.isEmpty();
        }
    }

    /** Line {@code line} recorded: what the sign-in made of it, in words. */
    public record Done(int line, String words) {
    }

    /** Line {@code line} is not in the register, and why. */
    public record Problem(int line, String what) {
    }

    /** Records every good line not yet in the register; a bad one is reported and costs no other. */
    public Result record(List<AsideLine> lines) {
        List<Done> done = new ArrayList<>();
        List<Integer> already = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (AsideLine line : lines) {
            if (line instanceof AsideLine.Bad bad) {
                problems.add(new Problem(bad.number(), bad.what()));
                continue;
            }
            WaitingScan scan = ((AsideLine.Scan) line).scan();
            if (scan.reasonKey().isPresent() && school.reason(scan.reasonKey().get()).isEmpty()) {
                problems.add(new Problem(line.number(), "'" + scan.reasonKey().get() + "' is not one of "
                        + school.name() + "'s reason keys"));
                continue;
            }
            if (onRecord.anyAt(scan.at(), scan.kioskId())) {
                already.add(line.number());
                continue;
            }
            SignInOutcome outcome = signIn.scan(scan.code(), scan.at(), new lategate.app.ScanOrigin(scan.kioskId(),
                    scan.scanner()), RECORDED_BY, scan.reasonKey());
            if (outcome instanceof SignInOutcome.Refused refused) {
                problems.add(new Problem(line.number(), "not recorded: " + refused.why()));
            } else {
                done.add(new Done(line.number(), words(outcome, scan, school.zone())));
            }
        }
        return new Result(List.copyOf(done), List.copyOf(already), List.copyOf(problems));
    }

    private static String words(SignInOutcome outcome, WaitingScan scan, ZoneId zone) {
        String at = TimeWords.CLOCK_SECONDS.format(scan.at().atZone(zone));
        if (outcome instanceof SignInOutcome.Marked m) {
            return m.pupil().id() + " " + m.classification().mark().id() + " at " + at
                    + (m.classification().mark().isLate() ? ", " + m.classification().minutesLate() + " minutes late"
                    : "");
        }
        if (outcome instanceof SignInOutcome.AlreadySignedIn a) {
            return a.pupil().id() + " at " + at + ": already signed in, kept as a repeat";
        }
        if (outcome instanceof SignInOutcome.SignedBackIn b) {
            return b.pupil().id() + " at " + at + ": signed back in";
        }
        if (outcome instanceof SignInOutcome.NothingToMark n) {
            return n.pupil().id() + " at " + at + ": nothing to mark, kept in the scan log";
        }
        if (outcome instanceof SignInOutcome.HeldForClockCheck h) {
            return h.pupil().id() + " at " + at + ": held until staff check the kiosk's clock";
        }
        return "badge at " + at + " not recognised, kept in the scan log";
    }
}
