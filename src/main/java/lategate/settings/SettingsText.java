package lategate.settings;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lategate.files.CappedFile;

/**
 * The text of a settings file from its bytes. Files are edited by hand on school PCs, where
 * Notepad may add a byte-order mark and older editors save in Latin-1, so a "£" in a comment
 * would otherwise become a replacement character or a parse error with no useful line.
 */
final class SettingsText {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /**
     * The largest settings file read: the shipped ones are a few KiB. A file no larger is read
     * whole; a bigger one (or {@code /dev/zero}) is refused before it can fill the memory.
     */
    static final int MAX_BYTES = 1024 * 1024;

    private SettingsText() {
    }

    /** The file's bytes, or a problem naming the file when it cannot be read or is over {@link #MAX_BYTES}. */
    static Optional<byte[]> readCapped(Path file, Problems problems) {
        try {
            return Optional.of(CappedFile.read(file, MAX_BYTES));
        } catch (CappedFile.TooLarge | CappedFile.NotAFile e) {
            problems.add(0, "", "the settings file " + e.getMessage() + ": it is not a settings file "
                    + "(settings are a few KiB); nothing was read");
        } catch (NoSuchFileException e) {
            problems.add(0, "", "no such settings file");
        } catch (IOException e) {
            problems.add(0, "", "cannot read the settings file: " + e.getMessage());
        }
        return Optional.empty();
    }

    /** The text without any byte-order mark, or a problem at the line of the first byte that is not UTF-8. */
    static Optional<String> decode(byte[] bytes, Problems problems) {
        int start = startsWithBom(bytes) ? BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int at = in.position();
            problems.add(lineOf(bytes, at), "",
                    String.format("the file is not UTF-8 (byte 0x%02X): save it as UTF-8", bytes[at] & 0xff));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= BOM.length && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
    }

    /** The 1-based line holding byte {@code at}: a '\n' byte is never part of a UTF-8 sequence. */
    private static int lineOf(byte[] bytes, int at) {
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
