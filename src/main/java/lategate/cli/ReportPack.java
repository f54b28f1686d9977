package lategate.cli;

import lategate.wiring.SchoolServices;
import lategate.app.lateness.LatenessReview;
import java.time.LocalDate;

import lategate.output.OutFile;
import lategate.output.ProgressAfterASecond;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import lategate.domain.lateness.Block;
import lategate.reports.pack.BlockPack;
import lategate.reports.pack.HtmlPack;
import lategate.reports.pack.PackFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "pack", mixinStandardHelpOptions = true,
        description = {"A printable pack on one 4-weekly block for the head and governors: one self-contained HTML "
                + "file (no scripts, fonts or links; open it in any browser and print, or save it as PDF from the "
                + "print dialog). A title page, then the block's figures against the block before, late marks "
                + "per block this year, a heatmap of late marks by day of the week and school week, the pupils by "
                + "concern with their stages, the thresholds, groups against the rest of the school, reasons "
                + "given, and lates around holidays.",
                "--anonymise is for governors: pupils become Pupil A, Pupil B, … in order of concern, and no "
                        + "name, id or class is written; with small-number suppression, as official statistics use "
                        + "it, a count of 1 or 2 is shown as \"fewer than 3\" and a group, year group or reason of fewer "
                        + "than " + HtmlPack.SMALL_GROUP + " pupils is withheld, with a note saying why. The file is "
                        + "written whole or not at all, readable by its owner only."},
        footer = {"", "Example:", "  lategate report pack --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 3 --out block-3-governors.html --anonymise"})
final class ReportPack implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--block", required = true, paramLabel = "N",
            description = "The 4-weekly block (1 is school weeks 1-4); it must have started.")
    int block;

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "The HTML file to write (replaced if it exists); its folder must exist.")
    Path out;

    @Option(names = "--anonymise", description = "Leave out pupils' names, ids and classes, and suppress small "
            + "numbers (for governors).")
    boolean anonymise;

    @Override
    public Integer call() throws Exception {
        Block chosen = BlockOption.required(block);
        Path target = checkedOut(out);
        ProgressAfterASecond steps = new ProgressAfterASecond("making the pack", BlockPack.STEPS);
        String html;
        BlockPack pack;
        try (SchoolServices services = school.open(school.loadSettings(), Main.clockOf(spec))) {
            LatenessReview review = services.latenessReview();
            LocalDate today = services.today();
            ZonedDateTime generated = services.clock().instant().atZone(services.school().zone());
            pack = BlockPack.gather(review, chosen, today, generated, steps);
            html = HtmlPack.render(pack, anonymise);
        } finally {
            steps.finish();
        }
        try {
            PackFile.write(target, html.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException("could not write " + out + ": " + e.getMessage() + "; nothing was written");
        }
        long pupils = pack.review().rows().size();
        spec.commandLine().getOut().println("Wrote the " + (anonymise ? "anonymised " : "") + "pack for "
                + pack.review().span().words() + " to " + out + ": " + pupils + (pupils == 1 ? " pupil" : " pupils")
                + " by concern" + (anonymise ? "." : ". It names pupils: keep it confidential."));
        return 0;
    }

    /** The file to write, refused before anything is read if it cannot be a pack. */
    private static Path checkedOut(Path out) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            throw new BadInputException("--out " + out + ": the pack is an HTML page, not a PDF; give a name "
                    + "ending in .html, and save it as PDF from the browser's print dialog if you need one");
        }
        return OutFile.checked(out, "block-pack.html");
    }
}
