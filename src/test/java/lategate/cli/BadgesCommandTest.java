package lategate.cli;

import static lategate.cli.CommandLineRun.lategate;
import static lategate.cli.CommandLineRun.withPins;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import lategate.app.SignIn;
import lategate.badge.BarcodesInPicture;
import lategate.badge.SchoolBadges;
import lategate.demo.DemoSchool;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.ScannedBadge;
import lategate.domain.pupil.Pupil;
import lategate.settings.SchoolSettings;
import lategate.settings.Settings;
import lategate.store.Database;
import lategate.store.SqliteBadgeIssues;
import lategate.store.SqliteMovements;
import lategate.store.SqlitePupils;
import lategate.store.SqliteRegisterLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 'lategate badges' on the demo school's 308 pupils, with real files: every picture read back
 * with ZXing and accepted by the kiosk's own reading as the same pupil; the PDF opened with
 * PDFBox; filters, reissues, and every refusal writing nothing.
 */
class BadgesCommandTest {

    @TempDir
    static Path dir;
    private static DemoSchool demo;
    private static List<Pupil> onRoll;

    @BeforeAll
    static void demoSchool() {
        demo = made(dir.resolve("demo"));
        try (Database database = Database.open(demo.database())) {
            onRoll = new SqlitePupils(database).all().stream().filter(Pupil::onRoll).toList();
        }
        assertEquals(308, onRoll.size(), "the demo's roll");
    }

    private static DemoSchool made(Path folder) {
        CommandLineRun run = lategate("demo", "--data", folder.toString(), "--no-kiosk");
        assertEquals(0, run.exit(), run.err());
        return new DemoSchool(folder);
    }

    private static CommandLineRun badges(DemoSchool school, String... more) {
        String[] args = Stream.concat(Stream.of("badges", "--school", school.settings().toString(), "--db",
                school.database().toString()), Stream.of(more)).toArray(String[]::new);
        return lategate(args);
    }

    /** A demo school in {@code folder} whose pupil D0042 lost their badge: issue 2 replaces it. */
    private static DemoSchool withD0042Reissued(Path folder) {
        DemoSchool school = made(folder);
        CommandLineRun reissue = withPins("1234\n", CommandLineRun.MONDAY_MORNING, "badges", "reissue", "--school",
                school.settings().toString(), "--db", school.database().toString(), "--staff", "office", "--pupil",
                "D0042", "--reason", "lost");
        assertEquals(0, reissue.exit(), reissue.err());
        return school;
    }

    private static CommandLineRun check(DemoSchool school, String code) {
        return lategate("badges", "check", "--school", school.settings().toString(), "--db",
                school.database().toString(), code);
    }

    private static String textOf(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static int pagesOf(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }

    /** Whose badge the kiosk takes {@code code} for, reading it as it does before recording anything. */
    private static Optional<String> holder(DemoSchool school, Database database, String code) throws Exception {
        Settings settings = SchoolSettings.read(school.settings());
        SignIn kiosk = new SignIn(settings.school(), SchoolBadges.of(settings), new SqliteBadgeIssues(database),
                new SqlitePupils(database), new SqliteRegisterLog(database, settings.school().zone()),
                new SqliteMovements(database), CommandLineRun.MONDAY_MORNING);
        return kiosk.holderOf(code).map(Pupil::id);
    }

    @Test
    void everyDemoBadgesPictureReadsBackWithBothBarcodesAsItsOwnPupil() throws Exception {
        Path pictures = dir.resolve("pictures");
        CommandLineRun run = badges(demo, "--png", pictures.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wrote 308 badges as PNG"), run.out());
        assertEquals("", run.err(), "quiet off a terminal");
        try (Stream<Path> files = Files.list(pictures); Database database = Database.open(demo.database())) {
            List<Path> pngs = files.sorted().toList();
            assertEquals(onRoll.stream().map(p -> p.id() + ".png").collect(Collectors.toSet()),
                    pngs.stream().map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
            BadgeCodes codes = SchoolBadges.of(SchoolSettings.read(demo.settings()));
            for (Path png : pngs) {
                String pupil = png.getFileName().toString().replace(".png", "");
                BufferedImage picture = ImageIO.read(png.toFile());
                Optional<String> qr = BarcodesInPicture.qr(picture);
                Optional<String> bars = BarcodesInPicture.code128(picture);
                assertTrue(qr.isPresent() && bars.isPresent(), png + ": QR " + qr + ", Code 128 " + bars);
                assertTrue(codes.read(qr.get()) instanceof ScannedBadge.Signed, qr.get());
                assertTrue(codes.read(bars.get()) instanceof ScannedBadge.Printed, bars.get());
                assertEquals(Optional.of(pupil), holder(demo, database, qr.get()), png + "'s QR code");
                assertEquals(Optional.of(pupil), holder(demo, database, bars.get()), png + "'s Code 128");
            }
        }
    }

    @Test
    void theDemoRollsSheetsAre31PagesNamingEveryPupilWithTheirCode() throws Exception {
        Path pdf = dir.resolve("all.pdf");
        CommandLineRun run = badges(demo, "--out", pdf.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wrote 308 badges on 31 A4 pages"), run.out());
        assertEquals(31, pagesOf(pdf), "308 cards, ten a page");
        String text = textOf(pdf);
        BadgeCodes codes = SchoolBadges.of(SchoolSettings.read(demo.settings()));
        for (Pupil p : onRoll) {
            assertTrue(text.contains(codes.printed(p.badge())), p.id());
            assertTrue(text.contains(p.givenName()), p.givenName());
            assertTrue(text.contains(p.familyName()), p.familyName());
        }
        for (String accented : List.of("Zoë", "Siobhán", "Ó Briain", "Chloé", "Müller", "Tomás", "Nguyễn")) {
            assertTrue(text.contains(accented), accented + " as written, in DejaVu Sans");
        }
        assertFalse(text.contains("Nguyên"), "no letter brought nearer when a Unicode font is installed");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void aClassGetsOnlyItsOwnPupilsBadgesWhateverTheCaseTyped() throws Exception {
        Path pdf = dir.resolve("3B.pdf");
        CommandLineRun run = badges(demo, "--class", "3b", "--out", pdf.toString());
        assertEquals(0, run.exit(), run.err());
        assertEquals(2, pagesOf(pdf), "14 cards");
        String text = textOf(pdf);
        BadgeCodes codes = SchoolBadges.of(SchoolSettings.read(demo.settings()));
        for (Pupil p : onRoll) {
            assertEquals(p.className().equals("3B"), text.contains(codes.printed(p.badge()) + "\n")
                    || text.contains(codes.printed(p.badge()) + "\r"), p.id() + " of " + p.className());
        }
    }

    @Test
    void onePupilGetsOneCard() throws Exception {
        Path pdf = dir.resolve("D0042.pdf");
        CommandLineRun run = badges(demo, "--pupil", "D0042", "--out", pdf.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Wrote 1 badge on 1 A4 page to"), run.out());
        Pupil pupil = onRoll.stream().filter(p -> p.id().equals("D0042")).findFirst().orElseThrow();
        String text = textOf(pdf);
        assertTrue(text.contains(pupil.givenName()) && text.contains("Class " + pupil.className()), text);
        assertTrue(text.contains(DemoSchool.printed(42)), text);
    }

    @Test
    void aReissuedBadgesCardSaysItsIssueAndItsQrCodeReadsAsTheNewIssue() throws Exception {
        DemoSchool school = withD0042Reissued(dir.resolve("reissued"));
        Path pdf = dir.resolve("reissued.pdf");
        assertEquals(0, badges(school, "--pupil", "D0042", "--out", pdf.toString()).exit());
        assertTrue(textOf(pdf).contains("Badge issue 2"));
        Path pictures = dir.resolve("reissued-pictures");
        assertEquals(0, badges(school, "--pupil", "D0042", "--png", pictures.toString()).exit());
        BufferedImage picture = ImageIO.read(pictures.resolve("D0042.png").toFile());
        String qr = BarcodesInPicture.qr(picture).orElseThrow();
        BadgeCodes codes = SchoolBadges.of(SchoolSettings.read(school.settings()));
        assertEquals(new ScannedBadge.Signed(DemoSchool.badge(42), 2), codes.read(qr));
        try (Database database = Database.open(school.database())) {
            assertEquals(Optional.of("D0042"), holder(school, database, qr), "the new badge signs in");
            assertEquals(Optional.empty(), holder(school, database, codes.signed(DemoSchool.badge(42), 1)),
                    "the lost one no longer does");
        }
    }

    @Test
    @DisplayName("badges check names the holder of a printed or QR code, and gives the kiosk's reason for every refused one")
    void checkSaysWhoseBadgeOrWhyRefused() throws Exception {
        DemoSchool school = withD0042Reissued(dir.resolve("checked"));
        BadgeCodes codes = SchoolBadges.of(SchoolSettings.read(school.settings()));
        Pupil d7 = onRoll.stream().filter(p -> p.id().equals("D0007")).findFirst().orElseThrow();
        Pupil d42 = onRoll.stream().filter(p -> p.id().equals("D0042")).findFirst().orElseThrow();

        CommandLineRun printed = check(school, DemoSchool.printed(7));
        assertEquals(0, printed.exit(), printed.err());
        assertEquals(d7.fullName() + " (D0007, " + d7.className() + "): printed code, check character correct.",
                printed.out().strip());
        CommandLineRun qr = check(school, codes.signed(DemoSchool.badge(42), 2));
        assertEquals(0, qr.exit(), qr.err());
        assertEquals(d42.fullName() + " (D0042, " + d42.className() + "): QR code of badge issue 2, signed by "
                + "Demo Primary School's key.", qr.out().strip());

        assertRefused(check(school, codes.signed(DemoSchool.badge(42), 1)), "lategate: refused (replaced): badge issue 1 of "
                + "pupil D0042 was replaced by issue 2 on 23 November (lost). The pupil is told: \"This badge was "
                + "replaced on 23 November: please see the office.\"");
        assertRefused(check(school, "NOPE" + lategate.domain.badge.CheckCharacter.of("NOPE").orElseThrow()),
                "lategate: refused (unknown): a well-formed code, but no pupil on roll has badge NOPE");
        assertRefused(check(school, DemoSchool.badge(7) + "!"), "lategate: refused (not a badge): character 9 is '!', "
                + "which no badge holds. The pupil is told: \"That did not read as a badge. Please scan your badge "
                + "again.\"");
    }

    private static void assertRefused(CommandLineRun run, String error) {
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals("", run.out());
        assertEquals(error, run.err().strip());
    }

    @Test
    void usageMistakesExitTwoAndWriteNothing() {
        Path pdf = dir.resolve("never.pdf");
        List<CommandLineRun> runs = List.of(
                badges(demo, "--class", "3B", "--pupil", "D0042", "--out", pdf.toString()),
                badges(demo),
                badges(demo, "--out", pdf.toString(), "--png", dir.resolve("never").toString()),
                lategate("badges", "--out", pdf.toString()));
        for (CommandLineRun run : runs) {
            assertEquals(2, run.exit(), run.err());
        }
        assertTrue(runs.get(0).err().contains("--class and --pupil do not go together"), runs.get(0).err());
        assertTrue(runs.get(1).err().contains("give either --out FILE"), runs.get(1).err());
        assertFalse(Files.exists(pdf));
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void anUnknownClassIsRefusedNamingTheClassesThereAre() {
        Path pdf = dir.resolve("never.pdf");
        CommandLineRun run = badges(demo, "--class", "9Z", "--out", pdf.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no pupil on roll is in class '9Z'; the classes are 1B, 1G"), run.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void anUnknownPupilOrALeaverIsRefused() throws Exception {
        CommandLineRun unknown = badges(demo, "--pupil", "D9999", "--png", dir.resolve("never").toString());
        assertEquals(1, unknown.exit());
        assertTrue(unknown.err().contains("no pupil with id or name 'D9999'"), unknown.err());
        assertFalse(Files.exists(dir.resolve("never")), "no empty folder made");

        DemoSchool school = made(dir.resolve("leaver"));
        Path roster = dir.resolve("roster-without-D0001.csv");
        Files.write(roster, Files.readAllLines(school.roster(), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.startsWith("D0001,")).toList(), StandardCharsets.UTF_8);
        assertEquals(0, lategate("roster", "import", "--school", school.settings().toString(), "--db",
                school.database().toString(), roster.toString()).exit());
        CommandLineRun leaver = badges(school, "--pupil", "D0001", "--out", dir.resolve("never.pdf").toString());
        assertEquals(1, leaver.exit());
        assertTrue(leaver.err().contains("left on 2026-11-23: a leaver's badge signs nobody in"), leaver.err());
        Path all = dir.resolve("leaver.pdf");
        assertEquals(0, badges(school, "--out", all.toString()).exit());
        assertFalse(textOf(all).contains(DemoSchool.printed(1)), "leavers are left off the sheets");
    }

    @Test
    void aMissingKeyFileIsRefusedSayingHowToMakeIt() throws Exception {
        DemoSchool school = made(dir.resolve("lost-key"));
        Files.delete(school.badgeKey());
        Path pdf = dir.resolve("never.pdf");
        CommandLineRun run = badges(school, "--out", pdf.toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("does not exist: make it with 'lategate badges key --school"), run.err());
        assertFalse(Files.exists(pdf));
    }

    @Test
    void aSchoolWithoutABadgeKeyGetsBarcodeOnlyCardsAndIsToldHowToAddQrCodes() throws Exception {
        DemoSchool school = made(dir.resolve("no-key"));
        String settings = Files.readString(school.settings(), StandardCharsets.UTF_8);
        Files.writeString(school.settings(), settings.substring(0, settings.indexOf("\n[badges]")),
                StandardCharsets.UTF_8);
        Path pictures = dir.resolve("no-key-pictures");
        CommandLineRun run = badges(school, "--pupil", "D0003", "--png", pictures.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("names no badge key ([badges] key_file), so the cards carry the barcode only"),
                run.err());
        assertTrue(run.err().contains("lategate badges key --school"), run.err());
        BufferedImage picture = ImageIO.read(pictures.resolve("D0003.png").toFile());
        assertEquals(Optional.of(DemoSchool.printed(3)), BarcodesInPicture.code128(picture));
        assertEquals(Optional.empty(), BarcodesInPicture.qr(picture));
    }

    @Test
    void anOutputThatCannotBeWrittenIsRefusedBeforeAnythingIsDrawn() throws Exception {
        CommandLineRun noFolder = badges(demo, "--out", dir.resolve("missing/badges.pdf").toString());
        assertEquals(1, noFolder.exit());
        assertTrue(noFolder.err().contains("does not exist; make it first"), noFolder.err());
        CommandLineRun aFolder = badges(demo, "--out", dir.toString());
        assertEquals(1, aFolder.exit());
        assertTrue(aFolder.err().contains("is a folder"), aFolder.err());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CommandLineRun pngIntoAFile = badges(demo, "--png", file.toString());
        assertEquals(1, pngIntoAFile.exit());
        assertTrue(pngIntoAFile.err().contains("is a file, not a folder"), pngIntoAFile.err());
    }
}
