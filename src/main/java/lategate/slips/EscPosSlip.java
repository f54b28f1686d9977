package lategate.slips;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.Style;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;
import lategate.domain.slip.LateSlip;
import lategate.domain.slip.SlipLine;
import lategate.settings.SlipSettings;

/**
 * A late slip as the bytes an ESC/POS receipt printer takes: reset (ESC @), the school's code page (ESC t),
 * each line with its emphasis (ESC E) and justification (ESC a), a feed past the cutter and a partial cut
 * (GS V). A letter the code page lacks is printed without its accent (Ł as L, ő as o) and, as a last resort,
 * as '?'; a slip whose name lost any says so under it, so nobody takes the printed form for the register's.
 */
public final class EscPosSlip {

    /** Said under a name printed without some of its accents. */
    public static final String NAME_SIMPLIFIED = "(name printed without some accents)";
    /** Lines fed after the last, so the cut falls below the teacher's line. */
    private static final int FEED_BEFORE_CUT = 4;
    /** Letters with no accent to take off, as they are usually written without one. */
    private static final Map<Character, String> PLAIN = Map.ofEntries(Map.entry('Ł', "L"), Map.entry('ł', "l"),
            Map.entry('Đ', "D"), Map.entry('đ', "d"), Map.entry('Ø', "O"), Map.entry('ø', "o"),
            Map.entry('ı', "i"), Map.entry('ß', "ss"), Map.entry('Œ', "OE"), Map.entry('œ', "oe"),
            Map.entry('Æ', "AE"), Map.entry('æ', "ae"), Map.entry('Þ', "Th"), Map.entry('þ', "th"),
            Map.entry('’', "'"), Map.entry('‘', "'"), Map.entry('–', "-"), Map.entry('—', "-"));

    private final SlipSettings settings;

    public EscPosSlip(SlipSettings settings) {
        this.settings = settings;
    }

    public byte[] bytes(LateSlip slip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (EscPos printer = new EscPos(out)) {
            printer.initializePrinter();
            printer.setPrinterCharacterTable(settings.codePage().escPosNumber());
            printer.setCharsetName(settings.codePage().charset().name());
            boolean nameSimplified = !fit(slip.pupilName()).equals(slip.pupilName());
            java.util.List<SlipLine> lines = slip.lines(settings.width());
            int lastOfName = -1;
            for (int i = 0; i < lines.size() && lastOfName < 0; i++) {
                if (lines.get(i).bold() && !lines.get(i).centred() && (i + 1 == lines.size()
                        || !(lines.get(i + 1).bold() && !lines.get(i + 1).centred()))) {
                    lastOfName = i; // the name is the slip's first bold block that is not centred
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                SlipLine line = lines.get(i);
                printer.writeLF(new Style().setBold(line.bold()).setJustification(line.centred()
                        ? EscPosConst.Justification.Center : EscPosConst.Justification.Left_Default), fit(line.text()));
                if (i == lastOfName && nameSimplified) {
                    printer.writeLF(new Style(), NAME_SIMPLIFIED);
                }
            }
            printer.feed(FEED_BEFORE_CUT);
            printer.cut(EscPos.CutMode.PART);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return out.toByteArray();
    }

    /** {@code text} in letters the code page has: accents taken off where it lacks them, '?' for the rest. */
    String fit(String text) {
        CharsetEncoder encoder = settings.codePage().charset().newEncoder();
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (encoder.canEncode(ch)) {
                out.append(ch);
                return;
            }
            String plain = cp <= Character.MAX_VALUE && PLAIN.containsKey((char) cp) ? PLAIN.get((char) cp)
                    : Normalizer.normalize(ch, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            out.append(plain.isEmpty() || !encoder.canEncode(plain) ? "?" : plain); // another script: '?'
        });
        return out.toString();
    }
}
