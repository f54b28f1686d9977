package lategate.cli;

import lategate.wiring.SchoolServices;
import lategate.app.lateness.LatenessReview;
import java.time.LocalDate;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.domain.lateness.Block;
import lategate.letters.StageLetters;
import lategate.pdf.Typeface;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "letters", mixinStandardHelpOptions = true,
        description = {"Letters for the stage changes the attendance lead has decided for a block (your school's "
                + "policy; 'lategate stages confirm|override'): stage-N.txt for a move up, positive.txt for a "
                + "move down, from the school's templates, one file per letter, plus mail-merge.csv. Proposals "
                + "nobody decided get no letter. Every template is checked before anything is written: a field "
                + "lategate does not know is refused with its file and line.",
                "mail-merge.csv columns: pupil_id,given_name,family_name,year,class,parent_name,block,"
                        + "previous_stage,stage,letter,template,decided_by,file",
                "With --pdf, each letter is also written as an A4 PDF beside its text, and letters-all.pdf holds "
                        + "them all in order, each from a new page, to print in one go. Names print as written in "
                        + "DejaVu Sans (or the font under [badges] font), embedded in the PDF."},
        footer = {"", "Examples:", "  lategate letters --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 2 --out letters-block-2",
                "  lategate letters --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 2 --out letters-block-2 --pdf"})
final class LettersCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--block", required = true, paramLabel = "N", description = "The block whose decisions to write.")
    int block;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The folder for the letters; made "
            + "if missing (its parent must exist).")
    Path out;

    @Option(names = "--templates", paramLabel = "DIR", description = "The school's letter templates; default the "
            + "settings' [letters] templates, else a letters folder beside the settings file (/etc/lategate/letters "
            + "for /etc/lategate/school.toml), else the shipped ones (config/letters).")
    Path templates;

    @Option(names = "--pdf", description = "Also write each letter as an A4 PDF, and letters-all.pdf with every "
            + "letter in order, for printing.")
    boolean pdf;

    @Override
    public Integer call() throws Exception {
        Block chosen = BlockOption.required(block);
        lategate.settings.Settings settings = school.loadSettings();
        Path folder = LetterTemplatesFolder.find(Optional.ofNullable(templates), settings, school.school.file,
                CommandName.runningJar());
        // A font named in the settings but unusable is refused before anything is written.
        Optional<Typeface> typeface = pdf ? Optional.of(Typeface.find(settings.badges().font())) : Optional.empty();
        try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
            LatenessReview review = services.latenessReview();
            LocalDate today = services.today();
            StageLetters letters = new StageLetters(review, services.contacts(), folder);
            List<StageLetters.Letter> made = letters.make(chosen, today);
            PrintWriter printer = spec.commandLine().getOut();
            if (made.isEmpty()) {
                printer.println("No stage changes decided for block " + chosen.number() + ": no letters to write. See "
                        + "'lategate stages list --block " + chosen.number() + "'.");
                return 0;
            }
            StageLetters.write(made, out);
            for (StageLetters.Letter l : made) {
                printer.println("  " + out.resolve(l.fileName()));
            }
            printer.println(made.size() + (made.size() == 1 ? " letter" : " letters") + " and mail-merge.csv written to "
                    + out + " from the templates in " + folder + ".");
            if (typeface.isPresent()) {
                writePdf(made, typeface.get(), settings.school().name(), printer);
            }
        }
        return 0;
    }

    private void writePdf(List<StageLetters.Letter> made, Typeface typeface, String schoolName, PrintWriter printer) {
        List<String> lost = typeface.notAsWritten(made.stream().map(StageLetters.Letter::text).toList());
        if (!lost.isEmpty()) {
            List<String> files = made.stream().filter(l -> lost.contains(l.text()))
                    .map(StageLetters::pdfName).toList();
            spec.commandLine().getErr().println("lategate: " + typeface.notAsWrittenWarning(files,
                    school.school.file.toString()).replace("name is", "letter is").replace("names are", "letters are"));
        }
        List<Integer> pages = StageLetters.writePdf(made, out, typeface, schoolName);
        int total = pages.stream().mapToInt(Integer::intValue).sum();
        printer.println(made.size() + (made.size() == 1 ? " letter" : " letters") + " written as PDF beside the text, "
                + "and " + out.resolve(StageLetters.ALL_LETTERS_PDF) + " (" + total + " A4 page" + (total == 1 ? "" : "s")
                + ") to print them all" + typeface.file().map(f -> ", in " + f.getFileName()).orElse("") + ".");
    }
}
