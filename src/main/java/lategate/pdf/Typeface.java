package lategate.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import lategate.files.CappedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The font lategate's PDFs (badges, letters) are written in: a Unicode TrueType font, embedded in
 * each PDF (only the letters used), so every name prints as written; else PDF's standard
 * Helvetica, which needs nothing installed but holds Western European letters only.
 *
 * <p>The font is the settings' {@code [badges] font}, else DejaVu Sans where Debian and Ubuntu
 * install it (package fonts-dejavu-core; its licence lets it be embedded). Its bold is the file
 * beside it with "-Bold" before ".ttf", when there is one. The font files are read once, here.
 */
public final class Typeface {

    /** Where Debian and Ubuntu's fonts-dejavu-core puts DejaVu Sans. */
    public static final List<Path> DEBIAN_PLACES = List.of(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"));
    /** PDF's standard Helvetica: the fallback when no Unicode font is found. */
    public static final Typeface STANDARD = new Typeface(Optional.empty(), null, null);
    /** The largest font file read: DejaVu Sans is 740 KiB; a font file of more is not one lategate needs. */
    static final int MAX_FONT_BYTES = 32 * 1024 * 1024;

    /**
     * PDFBox's log, held so its level sticks (java.util.logging keeps loggers only while someone
     * does). PDFBox tells stderr when it builds its font cache on first use and when it draws
     * Helvetica with a look-alike, both expected when 'badges --png' renders a card; a failure that
     * matters reaches lategate as an exception. Every PDF lategate writes or draws takes a Typeface,
     * so this is set before PDFBox says anything, and commands without a PDF never start the logging.
     */
    private static final java.util.logging.Logger PDFBOX_LOG = quietened(
            java.util.logging.Logger.getLogger("org.apache.pdfbox"));

    private final Optional<Path> file;
    private final byte[] regular;
    private final byte[] bold;

    private Typeface(Optional<Path> file, byte[] regular, byte[] bold) {
        this.file = file;
        this.regular = regular;
        this.bold = bold;
    }

    private static java.util.logging.Logger quietened(java.util.logging.Logger log) {
        log.setLevel(java.util.logging.Level.SEVERE);
        return log;
    }

    /**
     * The font named in the settings, else DejaVu Sans where Debian puts it, else {@link #STANDARD}.
     *
     * @throws Unusable when the font named in the settings cannot be read or is not a TrueType font
     */
    public static Typeface find(Optional<Path> configured) {
        return find(configured, DEBIAN_PLACES);
    }

    /** As {@link #find(Optional)}, looking in {@code places} when no font is configured. */
    public static Typeface find(Optional<Path> configured, List<Path> places) {
        if (configured.isPresent()) {
            return of(configured.get(), "the font " + configured.get() + " ([badges] font in the settings)");
        }
        for (Path place : places) {
            if (Files.isReadable(place)) {
                return of(place, "the font " + place);
            }
        }
        return STANDARD;
    }

    private static Typeface of(Path file, String what) {
        byte[] regular = withoutLigatures(read(file, what));
        String name = file.getFileName().toString();
        Path boldFile = file.resolveSibling(name.replaceFirst("(?i)\\.ttf$", "") + "-Bold.ttf");
        byte[] bold = Files.isReadable(boldFile) && !boldFile.equals(file)
                ? withoutLigatures(read(boldFile, "the font " + boldFile)) : regular;
        Typeface typeface = new Typeface(Optional.of(file), regular, bold);
        try (PDDocument trial = new PDDocument()) {
            typeface.load(trial);
        } catch (IOException | RuntimeException e) {
            throw new Unusable(what + " is not a TrueType font PDFBox can embed (" + e.getMessage() + "): name a .ttf "
                    + "file such as /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        }
        return typeface;
    }

    /**
     * The font with its glyph substitutions (GSUB table) hidden. PDFBox applies them to Latin text,
     * drawing "fi" as the one glyph ﬁ, which a PDF reader then gives back as ﬁ: "Sofia" would not be
     * found by a search, nor copied as written. Letters are drawn one glyph each; Arabic's joined
     * forms are chosen before drawing ({@link RightToLeft}). The table's tag is renamed in the
     * font's table directory, so PDFBox does not find it; nothing else changes.
     */
    static byte[] withoutLigatures(byte[] font) {
        if (font.length < 12) {
            return font;
        }
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        byte[] copy = font.clone();
        for (int t = 0; t < tables && 12 + 16 * t + 4 <= copy.length; t++) {
            int at = 12 + 16 * t;
            if (copy[at] == 'G' && copy[at + 1] == 'S' && copy[at + 2] == 'U' && copy[at + 3] == 'B') {
                copy[at] = 'g';
                copy[at + 1] = 's';
                copy[at + 2] = 'u';
                copy[at + 3] = 'b';
            }
        }
        return copy;
    }

    private static byte[] read(Path file, String what) {
        try {
            return CappedFile.read(file, MAX_FONT_BYTES);
        } catch (NoSuchFileException e) {
            throw new Unusable(what + " does not exist: install it (Debian and Ubuntu: apt-get install "
                    + "fonts-dejavu-core) or correct the path");
        } catch (AccessDeniedException e) {
            throw new Unusable("cannot read " + what + ": permission denied");
        } catch (CappedFile.TooLarge | CappedFile.NotAFile e) {
            throw new Unusable(what + " " + e.getMessage() + ": it is not a font file");
        } catch (IOException e) {
            throw new Unusable("cannot read " + what + ": " + e.getMessage());
        }
    }

    /** The Unicode font file, or none when PDF's standard Helvetica is used. */
    public Optional<Path> file() {
        return file;
    }

    /** The fonts for one PDF: a Unicode font is embedded in it, only the letters used. */
    public Faces load(PDDocument document) throws IOException {
        if (file.isEmpty()) {
            return new Faces(new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA)),
                    new PdfText(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD)));
        }
        PDFont plain = PDType0Font.load(document, new ByteArrayInputStream(regular), true);
        PDFont strong = bold == regular ? plain : PDType0Font.load(document, new ByteArrayInputStream(bold), true);
        return new Faces(new PdfText(plain), new PdfText(strong));
    }

    /** Of {@code texts} (names, lines), those this typeface cannot print as written, in their order, once each. */
    public List<String> notAsWritten(Collection<String> texts) {
        try (PDDocument scratch = new PDDocument()) {
            Faces faces = load(scratch);
            List<String> lost = new ArrayList<>();
            for (String text : texts) {
                if (!lost.contains(text) && !(faces.regular().asWritten(text) && faces.bold().asWritten(text))) {
                    lost.add(text);
                }
            }
            return lost;
        } catch (IOException e) {
            throw new Unusable("cannot load " + file.map(Path::toString).orElse("the standard font") + ": "
                    + e.getMessage());
        }
    }

    /**
     * What to tell the office when {@code lost} (from {@link #notAsWritten}) is not empty: which
     * names are not printed as written, and how to mend it.
     */
    public String notAsWrittenWarning(List<String> lost, String settingsFile) {
        String which = lost.size() == 1 ? "1 name is" : lost.size() + " names are";
        String names = String.join("; ", lost.size() > 20 ? lost.subList(0, 20) : lost)
                + (lost.size() > 20 ? "; and " + (lost.size() - 20) + " more" : "");
        if (file.isEmpty()) {
            return which + " not printed as written (no Unicode font found, so PDF's standard font, which has Western "
                    + "European letters only, printed the nearest letters or '?'): " + names + ". To print every name "
                    + "as written, install DejaVu Sans (Debian and Ubuntu: apt-get install fonts-dejavu-core) or name a "
                    + "TrueType font under [badges] font in " + settingsFile + ", and print again.";
        }
        return which + " not printed as written (the font " + file.get() + " lacks some of their letters, printed as "
                + "the nearest letters or '?'): " + names + ". Name a font that has them under [badges] font in "
                + settingsFile + ", and print again.";
    }

    /** The regular and bold fonts of one PDF. */
    public record Faces(PdfText regular, PdfText bold) {
    }

    /** A font named in the settings that cannot be used; the message says which and why. */
    public static final class Unusable extends lategate.app.Refused {
        public Unusable(String message) {
            super(message);
        }
    }
}
