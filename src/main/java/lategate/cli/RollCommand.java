package lategate.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import lategate.app.LateBookEntry;
import lategate.app.movement.FireRoll;
import lategate.app.movement.Movements;
import lategate.app.movement.RollSheet;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import lategate.files.SpreadsheetSafe;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;

@Command(name = "roll", mixinStandardHelpOptions = true,
        description = {"The fire roll now: everyone who signed in late today and is on site (not on the class "
                + "registers taken earlier), and everyone off site. Needs no network.",
                "With --at, the roll as it stood then (after a drill, say): arrivals, sign-outs and returns "
                        + "recorded as later do not count, and overdue means overdue at that time.",
                "With --out, the roll is written to a file as staff mode prints it: the roll call open at that "
                        + "time (started from staff mode on a kiosk using this database), each pupil found (who "
                        + "ticked them and when) or MISSING, and everyone off site.",
                "CSV columns: section,pupil_id,given_name,family_name,class,since,detail"},
        footer = {"", "Examples:", "  lategate roll --school config/schools/demo.toml --db lategate-demo/demo.db",
                "  lategate roll --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --at 2026-11-23T11:00:00",
                "  lategate roll --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --out /media/usb/fire-roll.txt"})
final class RollCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--csv", description = "Print CSV with a header line instead of a list to tick.")
    boolean csv;

    @Option(names = "--at", paramLabel = "TIME", description = "The roll as it stood at this time, e.g. "
            + "2026-11-23T11:00:00; default now.")
    String at;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the roll, with the ticks of the roll "
            + "call taken in staff mode, to FILE (plain text; replaced if it exists).")
    java.nio.file.Path out;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        Clock clock = Main.clockOf(spec);
        Instant when = SchoolTime.stoodAtOr("--at", at, clock.instant(), settings.zone());
        FireRoll.Call call;
        try (SchoolServices services = school.open(settings, clock)) {
            call = services.fireRoll().stoodAt(when);
        }
        FireRoll.Roll roll = call.roll();
        if (this.out != null) {
            if (csv) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--out writes the roll as it is "
                        + "printed, not CSV: use --csv without --out, and redirect it to a file");
            }
            try {
                java.nio.file.Files.writeString(this.out, RollSheet.text(settings, call, when),
                        java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new BadInputException("cannot write the fire roll to " + this.out + ": " + e.getMessage());
            }
            spec.commandLine().getOut().println("Fire roll written to " + this.out + ": " + roll.lateOnSite().size()
                    + " signed in late and on site, " + call.foundCount() + " found, "
                    + (roll.lateOnSite().size() - call.foundCount()) + " missing; " + roll.offSite().size()
                    + " off site");
            return 0;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("section", "pupil_id",
                    "given_name", "family_name", "class", "since", "detail").get());
            for (LateBookEntry e : roll.lateOnSite()) {
                p.printRecord("late_on_site", SpreadsheetSafe.cell(e.entry().pupilId()),
                        SpreadsheetSafe.cell(e.givenName()), SpreadsheetSafe.cell(e.familyName()),
                        SpreadsheetSafe.cell(e.className()), time(e.entry().at(), settings), "signed in late");
            }
            for (Movements.OffSite o : roll.offSite()) {
                p.printRecord("off_site", SpreadsheetSafe.cell(o.pupil().id()), SpreadsheetSafe.cell(o.pupil().givenName()),
                        SpreadsheetSafe.cell(o.pupil().familyName()), SpreadsheetSafe.cell(o.pupil().className()),
                        time(o.signOut().at(), settings), SpreadsheetSafe.cell(detail(o, settings)));
            }
            p.flush();
            return 0;
        }
        out.println("FIRE ROLL: " + settings.name() + ", "
                + TimeWords.DAY.format(when.atZone(settings.zone())) + " at " + time(when, settings));
        out.println();
        out.println("Signed in late today and on site (" + roll.lateOnSite().size() + "): tick each one found");
        for (LateBookEntry e : roll.lateOnSite()) {
            out.printf("  [ ]  %-6s  %-30s  in at %s%n", e.className(), e.givenName() + " " + e.familyName(),
                    time(e.entry().at(), settings));
        }
        out.println();
        out.println("Off site (" + roll.offSite().size() + "): not in the building");
        for (Movements.OffSite o : roll.offSite()) {
            out.printf("       %-6s  %-30s  out since %s: %s%n", o.pupil().className(), o.pupil().fullName(),
                    time(o.signOut().at(), settings), detail(o, settings));
        }
        return 0;
    }

    static String time(Instant at, School settings) {
        return TimeWords.CLOCK.format(at.atZone(settings.zone()));
    }

    static String detail(Movements.OffSite o, School settings) {
        return o.signOut().reason() + ", collected by " + o.signOut().collection().collectorName() + " ("
                + o.signOut().collection().relationship() + ")"
                + o.signOut().expectedBack().map(t -> ", expected back " + time(t, settings)).orElse("")
                + (o.overdue() ? ", OVERDUE" : "");
    }
}
