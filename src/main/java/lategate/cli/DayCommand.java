package lategate.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.entry.DayView;
import lategate.domain.entry.SessionEntry;
import lategate.domain.movement.Movement;
import lategate.domain.register.Register;
import lategate.domain.register.TimeWords;
import lategate.domain.school.School;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.SchoolServices;

@Command(name = "day", mixinStandardHelpOptions = true,
        description = "The day view: each pupil with anything recorded that day, their morning and afternoon "
                + "entries as they stand (and whether from an arrival, a sign-out or an amendment), and their out "
                + "and in times.",
        footer = {"", "Example:", "  lategate day --school config/schools/demo.toml --db lategate-demo/demo.db \\",
                "      --date 2026-11-23"})
final class DayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--date", paramLabel = "DATE", description = "Default today.")
    String date;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        LocalDate day = SchoolTime.dateOr("--date", date, Main.clockOf(spec), settings.zone());
        List<DayView.Line> lines;
        try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
            lines = new DayView(services.pupils(),
                    services.entries(), services.movementLog())
                    .on(day);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(settings.name() + ", " + TimeWords.DAY.format(day) + ": " + lines.size()
                + (lines.size() == 1 ? " pupil" : " pupils") + " with something recorded");
        out.printf("%-6s  %-28s  %-18s  %-18s  %s%n", "Class", "Pupil", "Morning", "Afternoon", "Out and in");
        for (DayView.Line l : lines) {
            StringBuilder moves = new StringBuilder();
            for (Movement m : l.movements()) {
                String time = TimeWords.CLOCK.format(m.at().atZone(settings.zone()));
                moves.append(moves.length() > 0 ? ", " : "").append(m instanceof Movement.SignedOut o
                        ? "out " + time + " (" + o.code().code() + ", " + o.reason() + ")" : "in " + time);
            }
            out.printf("%-6s  %-28s  %-18s  %-18s  %s%n", l.pupil().className(), l.pupil().fullName(),
                    entry(l, Register.AM), entry(l, Register.PM), moves);
        }
        long toReview = lines.stream().flatMap(l -> l.entries().values().stream()).filter(SessionEntry::toReview)
                .count();
        if (toReview > 0) {
            out.println("* taken while the kiosk's clock was in question, and timed when staff settled it: "
                    + toReview + (toReview == 1 ? " entry" : " entries") + " to review ('lategate book' shows who "
                    + "settled each)");
        }
        return 0;
    }

    private static String entry(DayView.Line line, Register register) {
        SessionEntry e = line.entries().get(register);
        if (e == null) {
            return "-";
        }
        String code = e.changed() ? e.originalCode().code() + " → " + e.code().code() : e.code().code();
        return code + " (" + e.source().words() + ")" + (e.toReview() ? "*" : "");
    }
}
