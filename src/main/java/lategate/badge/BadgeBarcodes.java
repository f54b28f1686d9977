package lategate.badge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * A badge's two barcodes as ZXing makes them, one cell per module and without their quiet
 * zones: the card's layout leaves those blank itself, so it knows where nothing else may go.
 */
final class BadgeBarcodes {

    /** Light modules a QR code needs clear around it on every side (ISO/IEC 18004). */
    static final int QR_QUIET_MODULES = 4;
    /** Clear space a Code 128 needs before and after its bars, in modules (ISO/IEC 15417). */
    static final int CODE_128_QUIET_MODULES = 10;
    private static final int MASK_PATTERNS = 8;

    private BadgeBarcodes() {
    }

    /**
     * The QR code of a signed badge code, one that reads back. Level M restores 15% of the
     * symbol: enough for a badge scuffed in a pocket, while the code stays a size whose modules
     * cheap scanners read.
     *
     * <p>Of every hundred signed codes, ZXing's own reader fails to find about one QR code that
     * its writer made (a pattern in the data that looks like a finder pattern): a badge nobody
     * can scan. So each code is read back before it is printed, and if it does not read, the
     * next of the eight mask patterns (which only repaint the data, never change it) is tried.
     *
     * @param printedPixels pixels a module at the size the card is pictured, for a symbol so many
     *                      modules wide: it is read back at that size, and at a small one
     */
    static BitMatrix qr(String text, IntUnaryOperator printedPixels) {
        BitMatrix symbol = qr(text, Optional.empty());
        int printed = printedPixels.applyAsInt(symbol.getWidth());
        for (int mask = 0; !readsBack(symbol, text, printed); mask++) {
            if (mask == MASK_PATTERNS) {
                throw new IllegalStateException("no QR code of '" + text + "' reads back with any mask pattern");
            }
            symbol = qr(text, Optional.of(mask));
        }
        return symbol;
    }

    private static BitMatrix qr(String text, Optional<Integer> mask) {
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        mask.ifPresent(m -> hints.put(EncodeHintType.QR_MASK_PATTERN, m));
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
        } catch (WriterException e) {
            throw new IllegalArgumentException("'" + text + "' does not fit in a QR code: " + e.getMessage(), e);
        }
    }

    /**
     * Whether ZXing reads {@code symbol} as {@code text} when drawn with its quiet zone at a small
     * size and at {@code printed} pixels a module (its finder pattern search depends a little on
     * the pixels per module).
     */
    private static boolean readsBack(BitMatrix symbol, String text, int printed) {
        for (int pixels : new int[] {3, printed}) {
            int side = (symbol.getWidth() + 2 * QR_QUIET_MODULES) * pixels;
            int[] argb = new int[side * side];
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int column = x / pixels - QR_QUIET_MODULES;
                    int row = y / pixels - QR_QUIET_MODULES;
                    boolean dark = column >= 0 && row >= 0 && column < symbol.getWidth() && row < symbol.getHeight()
                            && symbol.get(column, row);
                    argb[y * side + x] = dark ? 0xFF000000 : 0xFFFFFFFF;
                }
            }
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, argb)));
            try {
                if (!new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText()
                        .equals(text)) {
                    return false;
                }
            } catch (ReaderException e) {
                return false;
            }
        }
        return true;
    }

    /**
     * The Code 128 bars of a printed code, dark modules true. Compact: digits go two to a symbol
     * where that is shorter, so the widest modules fit the card.
     */
    static boolean[] code128(String text) {
        return new Code128Writer().encode(text, Map.of(EncodeHintType.CODE128_COMPACT, Boolean.TRUE));
    }
}
