package lategate.app.movement;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lategate.app.LateBookEntry;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;

/**
 * The fire roll as a plain-text sheet to print or save: who signed in late and is on site, each
 * found (who ticked them and when) or MISSING, and who is off site. Plain text so any printer, and
 * any laptop the USB stick is put into, can show it.
 */
public final class RollSheet {

    /** The time in a printed roll's file name: sorts by time, and has no character a file system refuses. */
    public static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss", Locale.UK);

    private RollSheet() {
    }

    public static String text(School school, FireRoll.Call call, Instant at) {
        StringBuilder out = new StringBuilder();
        out.append("FIRE ROLL: ").append(school.name()).append(", ")
                .append(TimeWords.DAY.format(at.atZone(school.zone()))).append(" at ").append(time(school, at))
                .append('\n');
        out.append(call.started().map(s -> "Roll call started at " + time(school, s.at()) + " by " + s.by()
                + " at kiosk " + s.kioskId() + s.closedAt().map(c -> ", closed at " + time(school, c)).orElse(""))
                .orElse("No roll call open at this time: nobody is ticked (a roll call closed earlier is "
                        + "printed with --at)")).append('\n');
        out.append('\n');
        FireRoll.Roll roll = call.roll();
        long found = call.foundCount();
        out.append("Signed in late today and on site (").append(roll.lateOnSite().size()).append("): found ")
                .append(found).append(", missing ").append(roll.lateOnSite().size() - found).append('\n');
        for (LateBookEntry e : roll.lateOnSite()) {
            String id = e.entry().pupilId();
            String state = call.tick(id).map(t -> (t.found() ? "found " : "MISSING (unticked ") + time(school, t.at())
                    + " by " + t.by().name() + (t.found() ? "" : ")")).orElse("MISSING");
            out.append(String.format("  [%s]  %-6s  %-30s  in at %s  %s%n", call.found(id) ? "x" : " ",
                    e.className(), e.givenName() + " " + e.familyName(), time(school, e.entry().at()), state));
        }
        out.append('\n');
        out.append("Off site (").append(roll.offSite().size()).append("): not in the building\n");
        for (Movements.OffSite o : roll.offSite()) {
            out.append(String.format("        %-6s  %-30s  out since %s, collected by %s%s%n", o.pupil().className(),
                    o.pupil().fullName(), time(school, o.signOut().at()), o.signOut().collection().collectorName(),
                    o.overdue() ? ", OVERDUE" : ""));
        }
        return out.toString();
    }

    private static String time(School school, Instant at) {
        return TimeWords.CLOCK.format(at.atZone(school.zone()));
    }
}
