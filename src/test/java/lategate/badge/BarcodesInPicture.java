package lategate.badge;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a badge's barcodes back from its picture with ZXing, each format on its own, as a QR
 * scanner and a barcode scanner would read the same card.
 */
public final class BarcodesInPicture {

    private BarcodesInPicture() {
    }

    public static Optional<String> qr(BufferedImage picture) {
        return read(picture, BarcodeFormat.QR_CODE);
    }

    public static Optional<String> code128(BufferedImage picture) {
        return read(picture, BarcodeFormat.CODE_128);
    }

    private static Optional<String> read(BufferedImage picture, BarcodeFormat format) {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
        try {
            return Optional.of(new MultiFormatReader().decode(bitmap, Map.of(
                    DecodeHintType.POSSIBLE_FORMATS, List.of(format), DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
