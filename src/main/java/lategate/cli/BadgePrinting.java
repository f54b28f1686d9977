package lategate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lategate.badge.BadgeCard;
import lategate.badge.BadgeImage;
import lategate.badge.BadgeSheet;
import lategate.domain.badge.BadgeCodes;
import lategate.reports.pack.PackFile;
import lategate.settings.Settings;
import lategate.store.SqliteBadgeIssues;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;

/**
 * One run of 'lategate badges' with its options checked: every problem that can be found before
 * drawing (the key, the output's folder, the pupils chosen) is found first, so a refused run
 * writes nothing.
 */
final class BadgePrinting {

    private final CommandSpec spec;
    private final Settings settings;
    private final Path settingsFile;
    private final Path db;

    BadgePrinting(CommandSpec spec, Settings settings, Path settingsFile, Path db) {
        this.spec = spec;
        this.settings = settings;
        this.settingsFile = settingsFile;
        this.db = db;
    }

    int print(Optional<String> className, Optional<String> pupilId, Optional<Path> pdf, Optional<Path> pngFolder)
            throws IOException {
        // A key file named but missing or damaged is refused here, with how to make one.
        BadgeCodes codes = SchoolServices.badgeCodes(settings);
        boolean signed = settings.badges().keyFile().isPresent();
        Path target = pdf.isPresent() ? OutFile.checked(pdf.get(), "badges.pdf") : pngFolder(pngFolder.orElseThrow());
        BadgePupils chosen;
        List<BadgeCard> cards = new ArrayList<>();
        try (SchoolServices services = new SchoolServices(settings, SchoolDatabaseOptions.open(db, settings.school()),
                Main.clockOf(spec))) {
            chosen = BadgePupils.choose(services.pupils(), className, pupilId, db);
            SqliteBadgeIssues issues = services.badgeIssues();
            chosen.printable().forEach(p -> cards.add(BadgeCard.of(settings.school().name(), p, codes,
                    issues.of(p.id()).current(), signed)));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!chosen.leftOut().isEmpty()) {
            err.println("lategate: " + chosen.leftOut().size() + " pupil" + (chosen.leftOut().size() == 1 ? "" : "s")
                    + " on roll left out, their roster badge code cannot go on a badge (give each a code of capital "
                    + "letters and digits and import the roster again): " + String.join("; ", chosen.leftOut()));
        }
        if (!signed) {
            err.println("lategate: " + settingsFile + " names no badge key ([badges] key_file), so the cards carry "
                    + "the barcode only, no QR code. For QR codes: add [badges] with key_file = "
                    + "\"/etc/lategate/badge-key\", run 'lategate badges key --school " + settingsFile + "', copy the "
                    + "key to each kiosk, and print again.");
        }
        ProgressAfterASecond progress = new ProgressAfterASecond("drawing badges", cards.size());
        try {
            if (pdf.isPresent()) {
                byte[] sheets = BadgeSheet.pdf(cards, progress);
                write(target, sheets);
                out.println("Wrote " + count(cards.size()) + " on " + BadgeSheet.pages(cards.size()) + " A4 page"
                        + (BadgeSheet.pages(cards.size()) == 1 ? "" : "s") + " to " + pdf.get() + ". Print at actual "
                        + "size (100%), cut along the grey lines. It names pupils: shred spoilt sheets.");
            } else {
                writePictures(cards, target, progress);
                out.println("Wrote " + count(cards.size()) + " as PNG (" + BadgeImage.DOTS_PER_INCH + " dpi, one "
                        + "PUPILID.png each) to " + pngFolder.get() + ".");
            }
        } finally {
            progress.finish();
        }
        return 0;
    }

    private static void writePictures(List<BadgeCard> cards, Path folder, ProgressAfterASecond progress)
            throws IOException {
        Map<String, String> pupilOfFile = new HashMap<>();
        for (BadgeCard card : cards) {
            String earlier = pupilOfFile.putIfAbsent(BadgeImage.fileName(card.pupilId()), card.pupilId());
            if (earlier != null) {
                throw new BadInputException("pupils '" + earlier + "' and '" + card.pupilId() + "' would both be "
                        + "written as " + BadgeImage.fileName(card.pupilId()) + ": print one of them with --pupil");
            }
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new BadInputException("cannot make the folder " + folder + ": " + e.getMessage());
        }
        BadgeImage image = new BadgeImage();
        int done = 0;
        for (BadgeCard card : cards) {
            write(folder.resolve(BadgeImage.fileName(card.pupilId())), image.png(card));
            progress.accept(++done);
        }
    }

    private static void write(Path file, byte[] content) {
        try {
            PackFile.write(file, content);
        } catch (IOException e) {
            throw new BadInputException("could not write " + file + ": " + e.getMessage());
        }
    }

    private static String count(int cards) {
        return cards + (cards == 1 ? " badge" : " badges");
    }

    /** The folder for the pictures: made later, once there is something to put in it, if its parent exists. */
    private static Path pngFolder(Path folder) {
        Path absolute = folder.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new BadInputException("--png " + folder + " is a file, not a folder: give a folder for the "
                    + "pictures (or --out " + folder + " for a PDF)");
        }
        Path parent = absolute.getParent();
        if (!Files.isDirectory(absolute) && (parent == null || !Files.isDirectory(parent))) {
            throw new BadInputException("--png " + folder + ": the folder " + parent + " does not exist; make it "
                    + "first, nothing was written");
        }
        return absolute;
    }
}
