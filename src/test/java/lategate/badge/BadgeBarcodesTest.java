package lategate.badge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every QR code a badge gets is one ZXing reads back, not merely one ZXing writes. */
class BadgeBarcodesTest {

    /** A real signed code whose QR code, as ZXing writes it, ZXing's own reader cannot find. */
    private static final String UNFINDABLE = "LG1.DEMO.A14U58.4.5C89CEC7BC9D5E487B8E95F47473AF54";

    private static BufferedImage drawn(BitMatrix symbol, int pixels) {
        BitMatrix big = new BitMatrix((symbol.getWidth() + 8) * pixels, (symbol.getHeight() + 8) * pixels);
        for (int y = 0; y < big.getHeight(); y++) {
            for (int x = 0; x < big.getWidth(); x++) {
                int column = x / pixels - 4;
                int row = y / pixels - 4;
                if (column >= 0 && row >= 0 && column < symbol.getWidth() && row < symbol.getHeight()
                        && symbol.get(column, row)) {
                    big.set(x, y);
                }
            }
        }
        return MatrixToImageWriter.toBufferedImage(big);
    }

    @Test
    void aQrCodeTheReaderCannotFindIsRepaintedWithAnotherMaskUntilItReads() throws Exception {
        BitMatrix asWritten = new QRCodeWriter().encode(UNFINDABLE, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        assertEquals(Optional.empty(), BarcodesInPicture.qr(drawn(asWritten, 6)), "the premise: ZXing misses it");
        for (int pixels = 2; pixels <= 10; pixels++) {
            assertEquals(Optional.of(UNFINDABLE), BarcodesInPicture.qr(drawn(BadgeBarcodes.qr(UNFINDABLE, modules -> 8), pixels)),
                    pixels + " pixels a module");
        }
    }

    @Test
    void textTooLongForAnyQrCodeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> BadgeBarcodes.qr("X".repeat(8000), modules -> 8));
    }

    @Test
    void code128BarsAreReadBackAsTheirText() throws NotFoundException {
        boolean[] bars = BadgeBarcodes.code128("DEMO00017");
        BitMatrix row = new BitMatrix(bars.length + 20, 30);
        for (int i = 0; i < bars.length; i++) {
            if (bars[i]) {
                row.setRegion(i + 10, 0, 1, 30);
            }
        }
        BitMatrix wide = new BitMatrix(row.getWidth() * 3, 30);
        for (int x = 0; x < wide.getWidth(); x++) {
            if (row.get(x / 3, 0)) {
                wide.setRegion(x, 0, 1, 30);
            }
        }
        assertEquals(Optional.of("DEMO00017"), BarcodesInPicture.code128(MatrixToImageWriter.toBufferedImage(wide)));
    }
}
