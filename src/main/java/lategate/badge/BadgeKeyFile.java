package lategate.badge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import lategate.domain.badge.BadgeKey;
import lategate.files.CappedFile;

/**
 * The file that keeps a school's badge key: one line of base64, readable by the kiosk's user
 * only. Every kiosk of the school has a copy (the IT person copies it), so a badge made at the
 * office signs in at the gate. The key never appears in a message, a log or an export.
 */
public final class BadgeKeyFile {

    /** The largest key file read: a key is one line of 44 characters, so anything bigger is not one. */
    static final int MAX_BYTES = 4 * 1024;

    private BadgeKeyFile() {
    }

    /** Makes a new random key in {@code file}; refuses to replace one, which would void every badge printed. */
    public static void create(Path file, SecureRandom random) throws BadgeKeyException {
        byte[] secret = new byte[BadgeKey.BYTES];
        random.nextBytes(secret);
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadgeKeyException("cannot make the badge key " + file + ": the folder " + folder
                    + " does not exist");
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.write(file, (Base64.getEncoder().encodeToString(secret) + "\n").getBytes(StandardCharsets.US_ASCII),
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
        } catch (FileAlreadyExistsException e) {
            throw new BadgeKeyException("the badge key " + file + " already exists: a new key would stop every badge "
                    + "printed with it; to start again on purpose, move it away first");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadgeKeyException("cannot make the badge key " + file + ": permission denied: user "
                    + System.getProperty("user.name") + " may not write in " + folder + " (make it as a user who "
                    + "can, or name a key_file in a folder this user owns)");
        } catch (UnsupportedOperationException | IOException e) {
            throw new BadgeKeyException("cannot make the badge key " + file + ": " + e.getMessage());
        }
    }

    /** Reads the key, saying exactly what is wrong with a file that does not hold one. */
    public static BadgeKey read(Path file) throws BadgeKeyException {
        String text;
        try {
            text = new String(CappedFile.read(file, MAX_BYTES), StandardCharsets.US_ASCII).strip();
        } catch (CappedFile.TooLarge | CappedFile.NotAFile e) {
            throw new BadgeKeyException("the badge key " + file + " " + e.getMessage() + ": it is not a key made "
                    + "by 'lategate badges key' (one line of base64)");
        } catch (NoSuchFileException e) {
            throw new BadgeKeyException("the badge key " + file + " (key_file under [badges]) does not exist: make it "
                    + "with 'lategate badges key --school SETTINGS', or copy the school's key from its other kiosk");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new BadgeKeyException("cannot read the badge key " + file + ": permission denied: it must be "
                    + "readable by user " + System.getProperty("user.name") + ", the one running lategate");
        } catch (IOException e) {
            throw new BadgeKeyException("cannot read the badge key " + file + ": " + e.getMessage());
        }
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new BadgeKeyException("the badge key " + file + " is not a key made by 'lategate badges key' "
                    + "(not one line of base64)");
        }
        if (secret.length < BadgeKey.BYTES) {
            throw new BadgeKeyException("the badge key " + file + " is too short (" + secret.length + " bytes; a key "
                    + "has " + BadgeKey.BYTES + ")");
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
            if (mode.contains(PosixFilePermission.OTHERS_READ) || mode.contains(PosixFilePermission.GROUP_READ)) {
                throw new BadgeKeyException("the badge key " + file + " can be read by other users of this machine "
                        + "(mode " + PosixFilePermissions.toString(mode) + "): anyone who reads it can make badges; "
                        + "run 'chmod 600 " + file + "'");
            }
        } catch (UnsupportedOperationException | IOException e) {
            // no POSIX permissions here (a FAT stick): nothing to check
        }
        return new BadgeKey(secret);
    }

    /** A badge key file that cannot be made or used, with what to do. */
    public static final class BadgeKeyException extends Exception {
        public BadgeKeyException(String message) {
            super(message);
        }
    }
}
