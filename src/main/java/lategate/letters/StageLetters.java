package lategate.letters;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lategate.app.ContactDirectory;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.app.lateness.LatenessReview;
import lategate.domain.lateness.BlockTally;
import lategate.domain.lateness.StageDecision;
import lategate.files.CappedFile;
import lategate.files.SpreadsheetSafe;
import lategate.pdf.TextPages;
import lategate.pdf.Typeface;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Letters for the stage changes the attendance lead has decided in a block (the school's
 * policy; docs/domain.md, "Lateness tracking and thresholds"): a stage letter for a move up ({@code stage-N.txt}), a positive letter for a move
 * down ({@code positive.txt}), from the school's own templates, plus a mail-merge CSV. Proposals
 * that were never decided get no letter. Everything is read and checked before anything is
 * written.
 */
public final class StageLetters {

    /** The largest letter template read: a letter is a few KiB, so a bigger file is not one. */
    static final int MAX_TEMPLATE_BYTES = 1024 * 1024;

    public static final List<String> MAIL_MERGE_COLUMNS = List.of("pupil_id", "given_name", "family_name", "year",
            "class", "parent_name", "block", "previous_stage", "stage", "letter", "template", "decided_by", "file");

    /** A template folder, the decisions or the output that cannot be used; the message says where. */
    public static final class Refused extends lategate.app.Refused {
        public Refused(String message) {
            super(message);
        }
    }

    /** One letter ready to write. */
    public record Letter(String fileName, String text, List<String> mailMergeRow) {
    }

    private final LatenessReview review;
    private final ContactDirectory contacts;
    private final Path templates;

    public StageLetters(LatenessReview review, ContactDirectory contacts, Path templates) {
        this.review = review;
        this.contacts = contacts;
        this.templates = templates;
    }

    /** The letters for a block's decided changes, checked and rendered in memory. */
    public List<Letter> make(lategate.domain.lateness.Block block, LocalDate today) {
        List<StageDecision> changes = review.changesDecided(block, today);
        BlockReview blockReview = review.review(block, today);
        Map<String, BlockRow> rows = new HashMap<>();
        blockReview.rows().forEach(r -> rows.put(r.pupil().id(), r));
        Map<String, LetterTemplate> loaded = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (StageDecision d : changes) {
            loaded.computeIfAbsent(templateFor(d), name -> load(name, problems));
        }
        if (!problems.isEmpty()) {
            throw new Refused(String.join("\n", problems) + "\nNo letters were written.");
        }
        List<Letter> letters = new ArrayList<>();
        for (StageDecision d : changes) {
            BlockRow row = rows.get(d.pupilId());
            if (row == null) {
                throw new Refused("no pupil " + d.pupilId() + " for the decision on block " + block.number());
            }
            BlockTally tally = row.tally();
            int previous = tally.change().isPresent() ? tally.lateMarks() - tally.change().getAsInt() : 0;
            Map<String, String> values = LetterFields.of(review.school().name(), today, row.pupil(),
                    contacts.of(d.pupilId()), blockReview.span(), tally, previous, d);
            String template = templateFor(d);
            String kind = template.replace(".txt", "");
            String file = "block-" + block.number() + "-" + safe(d.pupilId()) + "-" + kind + ".txt";
            letters.add(new Letter(file, loaded.get(template).render(values), List.of(values.get("pupil_id"),
                    values.get("given_name"), values.get("family_name"), values.get("year"), values.get("class"),
                    values.get("parent_name"), values.get("block"), values.get("previous_stage"), values.get("stage"),
                    d.decided().compareTo(d.from()) > 0 ? "stage " + d.decided().number() : "positive", template,
                    d.by().toString(), file)));
        }
        return letters;
    }

    /** Writes the letters and mail-merge.csv into {@code out}, each file whole or not at all. */
    public static void write(List<Letter> letters, Path out) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new Refused("--out " + out + ": the folder " + parent + " does not exist");
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new Refused("--out " + out + " is a file, not a folder");
        }
        try {
            Files.createDirectories(out);
            for (Letter l : letters) {
                atomically(out.resolve(l.fileName()), l.text());
            }
            StringWriter csv = new StringWriter();
            CSVPrinter p = new CSVPrinter(csv, CSVFormat.RFC4180.builder()
                    .setHeader(MAIL_MERGE_COLUMNS.toArray(String[]::new)).get());
            for (Letter l : letters) {
                p.printRecord(l.mailMergeRow().stream().map(SpreadsheetSafe::cell).toList());
            }
            p.flush();
            atomically(out.resolve("mail-merge.csv"), csv.toString());
        } catch (IOException e) {
            throw new Refused("cannot write the letters to " + out + ": " + e.getMessage());
        }
    }

    /** The merged PDF of every letter, in order, for printing: {@value}. */
    public static final String ALL_LETTERS_PDF = "letters-all.pdf";

    /**
     * Writes each letter as a PDF beside its text ({@code block-2-D1-stage-2.pdf}), A4, in
     * {@code typeface}, and {@value #ALL_LETTERS_PDF} holding them all in the same order, each from
     * a new page, to print in one go. Call after {@link #write}, which makes the folder.
     *
     * @return the pages of each letter, in order: the merged file has their sum
     */
    public static List<Integer> writePdf(List<Letter> letters, Path out, Typeface typeface, String schoolName) {
        try {
            for (Letter l : letters) {
                TextPages.Written one = TextPages.pdf(List.of(l.text()), typeface, "Letter: " + l.fileName());
                atomically(out.resolve(pdfName(l)), one.bytes());
            }
            TextPages.Written all = TextPages.pdf(letters.stream().map(Letter::text).toList(), typeface,
                    "Letters: " + schoolName);
            atomically(out.resolve(ALL_LETTERS_PDF), all.bytes());
            return all.pages();
        } catch (IOException e) {
            throw new Refused("cannot write the letters as PDF to " + out + ": " + e.getMessage());
        }
    }

    /** A letter's PDF: its text file's name, ending .pdf. */
    public static String pdfName(Letter letter) {
        return letter.fileName().replaceFirst("\\.txt$", "") + ".pdf";
    }

    private static void atomically(Path file, String text) throws IOException {
        atomically(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static void atomically(Path file, byte[] content) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), ".letter-", ".tmp");
        try {
            Files.write(temp, content);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** stage-N.txt for a move up, positive.txt for a move down (Appendix 1, "+ive"). */
    static String templateFor(StageDecision d) {
        return d.decided().compareTo(d.from()) > 0 ? "stage-" + d.decided().number() + ".txt" : "positive.txt";
    }

    private LetterTemplate load(String name, List<String> problems) {
        Path file = templates.resolve(name);
        try {
            byte[] bytes = CappedFile.read(file, MAX_TEMPLATE_BYTES);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return LetterTemplate.parse(file.toString(), text, LetterFields.names(), problems);
        } catch (NoSuchFileException e) {
            problems.add(file + ": no such template: the school writes one per stage (stage-1.txt to stage-5.txt) "
                    + "and positive.txt");
        } catch (CharacterCodingException e) {
            problems.add(file + ": not UTF-8 text: save it as UTF-8");
        } catch (CappedFile.TooLarge | CappedFile.NotAFile e) {
            problems.add(file + ": " + e.getMessage() + ", not a letter template (a letter is a few KiB): not read");
        } catch (IOException e) {
            problems.add(file + ": cannot read it: " + e.getMessage());
        }
        return LetterTemplate.parse(name, "", LetterFields.names(), new ArrayList<>());
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
