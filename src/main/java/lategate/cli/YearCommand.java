package lategate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import lategate.domain.calendar.DraftYear;
import lategate.domain.calendar.SchoolCalendar;
import lategate.output.OutFile;
import lategate.settings.CalendarDraftText;
import lategate.wiring.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "year", description = "The academic year's rollover: draft next year's calendar.",
        mixinStandardHelpOptions = true, subcommands = YearCommand.Next.class,
        footer = {"", "Example:", "  lategate year next --school /etc/lategate/school.toml"})
final class YearCommand {

    /**
     * Never writes the school's settings file: the draft goes to the terminal or to a new file, and the
     * school adds it once its dates are confirmed (docs/rollover.md). A settings file edited by a
     * program would lose the comments that cite the school's policy.
     */
    @Command(name = "next", mixinStandardHelpOptions = true,
            description = {"Print a draft [calendar.next_year] for the academic year after the one in the "
                    + "settings' [calendar], in the usual English pattern, every date marked 'school to confirm'.",
                    "The settings file is not changed: add the draft at its end once the dates are confirmed, "
                            + "then run 'lategate config check FILE'."},
            footer = {"", "Examples:", "  lategate year next --school /etc/lategate/school.toml",
                    "  lategate year next --school /etc/lategate/school.toml --out next-year.toml"})
    static final class Next implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolOptions school;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Write the draft to this new file instead of the terminal; an existing file is never "
                        + "overwritten.")
        Path out;

        @Override
        public Integer call() throws Exception {
            SchoolCalendar calendar = school.load().calendar();
            if (calendar.nextYear().isPresent()) {
                SchoolCalendar next = calendar.nextYear().get();
                throw new BadInputException(school.file + " already gives " + DraftYear.label(next.yearStarts()
                        .getYear()) + " in [calendar.next_year]. Once that year has begun, make it [calendar] and "
                        + "the year before [calendar.previous_year] (docs/rollover.md), then draft the one after");
            }
            DraftYear draft = DraftYear.after(calendar);
            String text = CalendarDraftText.toml(draft);
            if (out == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
                return 0;
            }
            Path file = OutFile.checked(out, "next-year.toml");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException e) {
                throw new BadInputException("--out " + out + " already exists; nothing was written (give a new file)");
            } catch (IOException e) {
                throw new BadInputException("--out " + out + " could not be written (" + e.getMessage()
                        + "); nothing was written");
            }
            PrintWriter say = spec.commandLine().getOut();
            say.println("Wrote a draft " + draft.label() + " calendar to " + out + " (" + draft.calendar()
                    .schoolWeekCount() + " school weeks): confirm every date, add it at the end of " + school.file
                    + ", then run: lategate config check " + school.file);
            return 0;
        }
    }
}
