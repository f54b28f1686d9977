package lategate.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.app.BadgeCheck;
import lategate.app.BadgeHolders;
import lategate.badge.BadgeKeyFile;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeIssue;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Pupil;
import lategate.domain.staff.StaffMember;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.SqliteBadgeIssues;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import lategate.wiring.BadInputException;
import lategate.wiring.SchoolServices;
import lategate.output.OutFile;
import lategate.output.ProgressAfterASecond;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lategate.badge.BadgeCard;
import lategate.badge.BadgeImage;
import lategate.badge.BadgeSheet;
import lategate.pdf.Typeface;
import lategate.reports.pack.PackFile;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.TreeSet;
import lategate.store.SqlitePupils;

/**
 * The school's badges: printing them, on A4 sheets or one picture each; its signing
 * key; replacing a lost badge; and what a code says.
 */
@Command(name = "badges", mixinStandardHelpOptions = true,
        description = {"Print the school's badges: A4 sheets of credit-card sized cards as a PDF (--out), or one PNG "
                + "picture per badge (--png), for every pupil on roll, one class or one pupil. Each card shows the "
                + "school, the pupil's name and class, the QR code of their current badge issue (signed with the "
                + "school's key), and a Code 128 of the printed code (badge code and check character) with the code "
                + "written under it; the issue number when above 1. Leavers get no badge.",
                "Without [badges] key_file in the settings the cards carry the Code 128 only. The file is written "
                        + "whole or not at all, readable by its owner only: it names pupils.",
                "Names print as written in DejaVu Sans (or the TrueType font under [badges] font), embedded in the "
                        + "PDF; without such a font, in Helvetica, and the names it cannot print as written are "
                        + "listed with how to mend it.",
                "Subcommands make the school's badge key, replace a lost badge, and check what a code says."},
        subcommands = {BadgesCommand.Key.class, BadgesCommand.Reissue.class, BadgesCommand.Check.class},
        footer = {"", "Examples:",
                "  lategate badges --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --out badges.pdf",
                "  lategate badges --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --class 3B --out badges-3B.pdf",
                "  lategate badges --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --pupil D0042 --png badge-pictures",
                "  lategate badges key --school lategate-demo/demo.toml",
                "  lategate badges reissue --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --staff office --pupil D0042 --reason lost",
                "  lategate badges check --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db DEMO0042T"})
final class BadgesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    // Not required in picocli's sense: a parent's required options would be demanded before
    // every subcommand too ('badges key --school …'). call() asks for them instead.
    @Option(names = "--school", paramLabel = "FILE", description = "The school's settings, e.g. "
            + "lategate-demo/demo.toml")
    Path schoolFile;

    @Option(names = "--db", paramLabel = "FILE", description = "The school's lategate database.")
    Path db;

    @Option(names = "--class", paramLabel = "CLASS", description = "Only this class's pupils, e.g. 3B.")
    String className;

    @Option(names = "--pupil", paramLabel = PupilArgument.LABEL, description = "Only this pupil (a new or replaced "
            + "badge): their id, or their name when only one pupil has it.")
    String pupilId;

    @Option(names = "--out", paramLabel = "FILE", description = "The PDF to write, 10 cards to an A4 page (replaced "
            + "if it exists); its folder must exist.")
    Path out;

    @Option(names = "--png", paramLabel = "DIR", description = "Instead of a PDF, one PNG per badge in DIR (made if "
            + "missing), named PUPILID.png: 85.6 x 54 mm at 300 dpi, for a card printer.")
    Path pngFolder;

    @Override
    public Integer call() throws Exception {
        if (schoolFile == null || db == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --school FILE and --db FILE to print "
                    + "badges (or one of the subcommands: key, reissue, check)");
        }
        if (className != null && pupilId != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--class and --pupil do not go together: "
                    + "give one of them, or neither for every pupil on roll");
        }
        if ((out == null) == (pngFolder == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --out FILE (A4 sheets as PDF) "
                    + "or --png DIR (one picture per badge)");
        }
        Settings settings = SchoolSettings.read(schoolFile);
        return new BadgePrinting(spec, settings, schoolFile, db).print(Optional.ofNullable(className),
                Optional.ofNullable(pupilId), Optional.ofNullable(out), Optional.ofNullable(pngFolder));
    }

    @Command(name = "key", mixinStandardHelpOptions = true,
            description = {"Make the school's badge key, which signs the QR codes on its badges, in the file named "
                    + "by key_file under [badges] in the settings (readable by this user only). Done once, at set-up: "
                    + "copy the file to the school's other kiosks. It never replaces a key, since every badge printed "
                    + "with the old one would stop working."},
            footer = {"", "Example:", "  lategate badges key --school lategate-demo/demo.toml"})
    static final class Key implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolOptions school;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.settings();
            Path file = settings.badges().keyFile().orElseThrow(() -> new BadInputException(school.file
                    + " names no key file: add [badges] with key_file = \"/var/lib/lategate/badge.key\" (an absolute "
                    + "path), then run this again"));
            try {
                BadgeKeyFile.create(file, new SecureRandom());
            } catch (BadgeKeyFile.BadgeKeyException e) {
                throw new BadInputException(e.getMessage());
            }
            spec.commandLine().getOut().println("Made the badge key " + file + " (mode 600). Copy it to the school's "
                    + "other kiosks, to the same place; keep it out of backups that leave the school.");
            return 0;
        }
    }

    @Command(name = "reissue", mixinStandardHelpOptions = true,
            description = {"Replace a pupil's badge (lost, damaged, name changed): the next issue number, so the old "
                    + "badge's QR code is refused from now on (\"this badge was replaced on …: please see the office\"). "
                    + "Print the new badge with 'lategate badges --pupil ID'."},
            footer = {"", "Example:", "  lategate badges reissue --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --staff office --pupil D0042 --reason lost"})
    static final class Reissue implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupilId;

        @Option(names = "--reason", required = true, paramLabel = "TEXT",
                description = "Why: lost, damaged, name changed …")
        String reason;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            if (reason.isBlank()) {
                throw new BadInputException("--reason is empty: say why the badge is replaced (lost, damaged …)");
            }
            Clock clock = Main.clockOf(spec);
            Instant now = clock.instant();
            try (SchoolServices services = school.open(settings, clock)) {
                Pupil pupil = PupilArgument.onRoll(services.pupils(), pupilId);
                StaffMember member = staff.signIn(spec, services);
                SqliteBadgeIssues issues = services.badgeIssues();
                int next = issues.of(pupil.id()).next();
                issues.record(new BadgeIssue(pupil.id(), next, now, reason.strip(),
                        StaffOption.identity(member).name()));
                spec.commandLine().getOut().println("Badge issue " + next + " for " + pupil.fullName() + " ("
                        + pupil.id() + "): issue " + (next - 1) + "'s QR code is refused from now on. Print the new "
                        + "badge: lategate badges --school " + school.school.file + " --db " + school.db + " --pupil "
                        + pupil.id() + " --out badge.pdf");
            }
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Say what a scanned or typed code is: whose badge, or why the kiosk refuses it. Records "
                    + "nothing."},
            footer = {"", "Example:", "  lategate badges check --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db DEMO0002R", "",
                    "A code typed by hand, as the kiosk reads it:",
                    "  lategate badges check --school lategate-demo/demo.toml \\",
                    "      --db lategate-demo/demo.db --typed DEMO0092O"})
    static final class Check implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Parameters(paramLabel = "CODE", description = "The code as the scanner reads it, or as printed.")
        String code;

        @Option(names = "--typed", description = {"Read CODE as the kiosk reads a code typed by hand: a letter O "
                + "that fails the check is read as the digit 0, I or l as 1, when that gives exactly one valid "
                + "code. Without it, CODE is matched exactly, as a scan is. With [badges] printed = \"as-is\", "
                + "a typed code is matched exactly too."})
        boolean typed;

        @Override
        public Integer call() throws Exception {
            Settings settings = school.loadSettings();
            BadgeCodes codes = SchoolServices.badgeCodes(settings);
            PrintWriter out = spec.commandLine().getOut();
            BadgeCheck checked;
            try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
                checked = new BadgeHolders(codes, services.pupils(), services.badgeIssues(),
                        settings.school().zone()).check(code, typed);
            }
            if (checked instanceof BadgeCheck.Refused refused) {
                throw refusedBecause(refused.refusal());
            }
            BadgeCheck.Holder holder = (BadgeCheck.Holder) checked;
            Pupil pupil = holder.pupil();
            String whose = pupil.fullName() + " (" + pupil.id() + ", " + pupil.className() + "): ";
            if (holder.badge() instanceof ScannedBadge.Signed s) {
                out.println(whose + "QR code of badge issue " + s.issue() + ", signed by " + settings.school().name()
                        + "'s key.");
            } else if (holder.badge() instanceof ScannedBadge.Matched m) {
                out.println(whose + codes.printedCodes().words() + " of "
                        + (m.pupilCode().equals(pupil.badge()) ? "badge " : "badge_2 ") + m.pupilCode()
                        + (m.pupilCode().equals(code.toUpperCase(java.util.Locale.ROOT)) ? "." : " (the same card number)."));
            } else {
                String printed = codes.printed(holder.badge().pupilCode());
                out.println(whose + "printed code, check character correct"
                        + (printed.equals(code.toUpperCase(java.util.Locale.ROOT)) ? "."
                        : " once read as " + printed + " (typed O read as 0, I as 1)."));
            }
            return 0;
        }

        private static BadInputException refusedBecause(lategate.domain.badge.BadgeRefusal refusal) {
            if (refusal.kind() == lategate.domain.badge.BadgeRefusal.Kind.UNKNOWN) {
                // Staff checking a code need to hear that it read correctly: the fault is the roster, not the badge.
                return new BadInputException("refused (unknown): a well-formed code, but " + refusal.why());
            }
            return new BadInputException("refused (" + refusal.kind().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ') + "): " + refusal.why() + ". The pupil is told: \"" + refusal.words() + "\"");
        }
    }

    /**
     * One run of 'lategate badges' with its options checked: every problem that can be found before
     * drawing (the key, the output's folder, the pupils chosen) is found first, so a refused run
     * writes nothing.
     */
    static final class BadgePrinting {

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
            // A font named in the settings but unusable is refused here, before anything is written.
            Typeface typeface = Typeface.find(settings.badges().font());
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
                        + "\"/var/lib/lategate/badge.key\", run 'lategate badges key --school " + settingsFile + "', copy the "
                        + "key to each kiosk, and print again.");
            }
            List<String> lost = typeface.notAsWritten(cards.stream()
                    .map(c -> c.givenName().strip() + " " + c.familyName().strip()).toList());
            if (!lost.isEmpty()) {
                err.println("lategate: " + typeface.notAsWrittenWarning(lost, settingsFile.toString()));
            }
            ProgressAfterASecond progress = new ProgressAfterASecond("drawing badges", cards.size());
            try {
                if (pdf.isPresent()) {
                    byte[] sheets = BadgeSheet.pdf(cards, typeface, progress);
                    write(target, sheets);
                    out.println("Wrote " + count(cards.size()) + " on " + BadgeSheet.pages(cards.size()) + " A4 page"
                            + (BadgeSheet.pages(cards.size()) == 1 ? "" : "s") + " to " + pdf.get() + ". Print at actual "
                            + "size (100%), cut along the grey lines. It names pupils: shred spoilt sheets.");
                } else {
                    writePictures(cards, target, typeface, progress);
                    out.println("Wrote " + count(cards.size()) + " as PNG (" + BadgeImage.DOTS_PER_INCH + " dpi, one "
                            + "PUPILID.png each) to " + pngFolder.get() + ".");
                }
            } finally {
                progress.finish();
            }
            return 0;
        }

        private static void writePictures(List<BadgeCard> cards, Path folder, Typeface typeface,
                                          ProgressAfterASecond progress)
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
            BadgeImage image = new BadgeImage(typeface);
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

    /**
     * The pupils whose badges 'lategate badges' prints: the whole roll, one class, or one pupil;
     * leavers never (their badges stop working). In class order, then by family and given name, so
     * each class's cards come off the printer together for its teacher to hand out.
     *
     * @param printable pupils whose roster badge code can go on a badge
     * @param leftOut   pupils on roll whose badge code cannot (empty, or from a roster older than
     *                  the rule for codes), each with why: the office must see them, not lose them
     */
    record BadgePupils(List<Pupil> printable, List<String> leftOut) {

        static BadgePupils choose(SqlitePupils pupils, Optional<String> className, Optional<String> pupilId, Path db) {
            if (pupilId.isPresent()) {
                return one(pupils, pupilId.get());
            }
            List<Pupil> onRoll = pupils.all().stream().filter(Pupil::onRoll).toList();
            if (onRoll.isEmpty()) {
                throw new BadInputException("no pupils on roll in " + db + ": import the roster first (lategate roster "
                        + "import)");
            }
            List<Pupil> chosen = onRoll;
            if (className.isPresent()) {
                String wanted = className.get().strip();
                chosen = onRoll.stream().filter(p -> p.className().equalsIgnoreCase(wanted)).toList();
                if (chosen.isEmpty()) {
                    TreeSet<String> classes = new TreeSet<>();
                    onRoll.forEach(p -> classes.add(p.className()));
                    throw new BadInputException("no pupil on roll is in class '" + wanted + "'; the classes are "
                            + String.join(", ", classes));
                }
            }
            Collator names = Collator.getInstance(Locale.UK);
            List<Pupil> printable = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (Pupil p : chosen.stream().sorted(Comparator.comparing(Pupil::className)
                    .thenComparing(Pupil::familyName, names).thenComparing(Pupil::givenName, names)
                    .thenComparing(Pupil::id)).toList()) {
                Optional<String> unsuitable = BadgeCodes.unsuitable(p.badge());
                if (unsuitable.isPresent()) {
                    leftOut.add(p.id() + " (" + p.fullName() + ", badge '" + p.badge() + "': " + unsuitable.get() + ")");
                } else {
                    printable.add(p);
                }
            }
            if (printable.isEmpty()) {
                throw new BadInputException("none of these pupils has a badge code that can go on a badge: "
                        + String.join("; ", leftOut));
            }
            return new BadgePupils(printable, leftOut);
        }

        private static BadgePupils one(SqlitePupils pupils, String typed) {
            Pupil pupil = PupilArgument.stillOnRoll(pupils, typed, "a leaver's badge signs nobody in, so none is printed");
            BadgeCodes.unsuitable(pupil.badge()).ifPresent(why -> {
                throw new BadInputException(pupil.fullName() + " (" + pupil.id() + ") has badge code '" + pupil.badge()
                        + "' in the roster, which cannot go on a badge: " + why + ". Correct it in the roster and "
                        + "import it again");
            });
            return new BadgePupils(List.of(pupil), List.of());
        }
    }
}
