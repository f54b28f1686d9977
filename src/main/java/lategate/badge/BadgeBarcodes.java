package lategate.badge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A badge's two barcodes as ZXing makes them, one cell per module and without their quiet
 * zones: the card's layout leaves those blank itself, so it knows where nothing else may go.
 */
final class BadgeBarcodes {

    /** Light modules a QR code needs clear around it on every side (ISO/IEC 18004). */
    static final int QR_QUIET_MODULES = 4;
    /** Clear space a Code 128 needs before and after its bars, in modules (ISO/IEC 15417). */
    static final int CODE_128_QUIET_MODULES = 10;

    private BadgeBarcodes() {
    }

    /**
     * The QR code of a signed badge code. Level M restores 15% of the symbol: enough for a badge
     * scuffed in a pocket, while the code stays a size whose modules cheap scanners read.
     */
    static BitMatrix qr(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("'" + text + "' does not fit in a QR code: " + e.getMessage(), e);
        }
    }

    /**
     * The Code 128 bars of a printed code, dark modules true. Compact: digits go two to a symbol
     * where that is shorter, so the widest modules fit the card.
     */
    static boolean[] code128(String text) {
        return new Code128Writer().encode(text, Map.of(EncodeHintType.CODE128_COMPACT, Boolean.TRUE));
    }
}
