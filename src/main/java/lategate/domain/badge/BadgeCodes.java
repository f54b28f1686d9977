package lategate.domain.badge;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import lategate.domain.badge.BadgeRefusal.Kind;

/**
 * A school's badge codes: how they are made, and how a scanned one is read. A misread
 * must never sign in the wrong child, so a code is taken only when it proves itself: a printed
 * code by its check character ({@link CheckCharacter}), a QR code by the school's signature.
 *
 * <ul>
 *   <li>Printed (Code 128, and what a person types): the pupil's code and its check character,
 *       {@code DEMO0002} + {@code R}.</li>
 *   <li>QR: {@code LG1.SCHOOL.PUPIL.ISSUE.SIGNATURE}, all in capitals (QR's compact alphanumeric
 *       mode, and the same after a Caps Lock), the signature the first 128 bits of
 *       HMAC-SHA256 over everything before it, in hex.</li>
 * </ul>
 *
 * Each rule below is a named value that refuses with a reason or lets the code through, so what
 * the pupil is told, and what the office reads in the scan log, falls out of the rule itself.
 */
public final class BadgeCodes {

    /** Longer pupil codes are refused at roster import: a badge must stay quick to scan. */
    public static final int LONGEST_PUPIL_CODE = 20;
    /** Issue numbers run from 1; a badge replaced ten thousand times is not a badge. */
    public static final int HIGHEST_ISSUE = 9999;
    static final String SIGNED = "LG1.";
    private static final int SIGNATURE_HEX = 32;

    private final String schoolId;
    private final String schoolName;
    private final Optional<BadgeKey> key;
    private final int longest;
    private final List<Rule> everyCode;
    private final PrintedCodes printedCodes;
    private final int minLength;

    /**
     * @param schoolId   as under [school] id in the settings; QR codes carry it
     * @param schoolName for messages
     * @param key        the school's signing key; without one, QR codes can be neither made nor read
     */
    public BadgeCodes(String schoolId, String schoolName, Optional<BadgeKey> key) {
        this(schoolId, schoolName, key, PrintedCodes.LATEGATE, 1);
    }

    /**
     * @param printedCodes what the printed code (barcode, or a card's NFC number) is: lategate's with its
     *                     check character, or the school's existing cards' taken as scanned
     * @param minLength    with {@link PrintedCodes#AS_IS}, a shorter scan is refused as a misread
     */
    public BadgeCodes(String schoolId, String schoolName, Optional<BadgeKey> key, PrintedCodes printedCodes,
                      int minLength) {
        this.printedCodes = java.util.Objects.requireNonNull(printedCodes, "printedCodes");
        this.minLength = minLength;
        this.schoolId = schoolId.toUpperCase(Locale.ROOT);
        this.schoolName = schoolName;
        this.key = key;
        this.longest = SIGNED.length() + Math.max(this.schoolId.length(), 40) + 1 + LONGEST_PUPIL_CODE + 1
                + String.valueOf(HIGHEST_ISSUE).length() + 1 + SIGNATURE_HEX;
        this.everyCode = List.of(noLongerThanAnyBadge(longest), ONLY_BADGE_CHARACTERS);
    }

    /** What the printed code is: lategate's with its check character, or taken as scanned. */
    public PrintedCodes printedCodes() {
        return printedCodes;
    }

    /** The longest text any badge of this school (or a neighbour's, to name it) can scan as. */
    public int longest() {
        return longest;
    }

    /** Whether a roster's badge code can go on a badge: capitals and digits, not too long. */
    public static Optional<String> unsuitable(String pupilCode) {
        if (pupilCode.isEmpty() || pupilCode.length() > LONGEST_PUPIL_CODE) {
            return Optional.of("a badge code has 1 to " + LONGEST_PUPIL_CODE + " characters");
        }
        if (CheckCharacter.of(pupilCode).isEmpty()) {
            return Optional.of("a badge code holds only capital letters and digits (its check character is "
                    + "figured over them)");
        }
        return Optional.empty();
    }

    /** The printed code of a pupil's badge: their code and its check character; as-is, their code alone. */
    public String printed(String pupilCode) {
        unsuitable(pupilCode).ifPresent(why -> {
            throw new IllegalArgumentException("'" + pupilCode + "': " + why);
        });
        if (printedCodes == PrintedCodes.AS_IS) {
            return pupilCode;
        }
        return pupilCode + CheckCharacter.of(pupilCode).orElseThrow();
    }

    /** The QR code's text for issue {@code issue} of a pupil's badge, signed with the school's key. */
    public String signed(String pupilCode, int issue) {
        unsuitable(pupilCode).ifPresent(why -> {
            throw new IllegalArgumentException("'" + pupilCode + "': " + why);
        });
        if (issue < 1 || issue > HIGHEST_ISSUE) {
            throw new IllegalArgumentException("issue " + issue + " is not between 1 and " + HIGHEST_ISSUE);
        }
        BadgeKey k = key.orElseThrow(() -> new IllegalStateException("no badge key: QR codes cannot be signed"));
        String text = SIGNED + schoolId + "." + pupilCode + "." + issue;
        return text + "." + HexFormat.of().withUpperCase().formatHex(k.sign(text));
    }

    /** What a scanned or typed code says, or why it is refused. */
    public ScannedBadge read(String scanned) {
        // Nothing is trimmed: a space is no part of a badge, and a code cut short by one character
        // must be refused, not read as a shorter code that happens to check.
        String code = scanned.toUpperCase(Locale.ROOT);
        for (Rule rule : everyCode) {
            Optional<BadgeRefusal> refused = rule.refuses(code);
            if (refused.isPresent()) {
                return new ScannedBadge.Refused(refused.get());
            }
        }
        if (code.startsWith(SIGNED)) {
            return readSigned(code);
        }
        return printedCodes == PrintedCodes.AS_IS ? readAsIs(code) : readPrinted(code);
    }

    /**
     * A code of the school's existing cards: no check character to prove it, so a scan shorter than
     * any code on the roster can be is a misread (docs/settings.md, "[badges]"); the rest is matching
     * it exactly against the roster ({@link AsIsBadges}).
     */
    private ScannedBadge readAsIs(String code) {
        if (code.length() < minLength) {
            return refused(Kind.MISREAD, "'" + code + "' is " + code.length() + " characters, shorter than any "
                    + "badge ([badges] min_length " + minLength + "): a misread, or a code cut short");
        }
        return new ScannedBadge.AsScanned(code);
    }

    /**
     * What a code typed by hand at the kiosk says. A person copying a printed code may type the
     * letter O for the digit 0, or I (or a lower-case l) for 1, so the code is read in every way
     * its look-alike letters allow ({@link TypedCode}), as typed among them, and the readings
     * that hold their check character and name a badge the school issued ({@code issued}, the
     * pupil codes on roll) are counted: exactly one, and that is the code; two or more, and it is
     * refused as ambiguous, never a guess. With none on roll, one reading that holds its check
     * is the code (the kiosk then says no pupil holds it), else it is refused as misread.
     * Never for a scan: a scanner does not confuse O with 0, so a scan is matched exactly
     * ({@link #read(String)}). Nor for a school whose cards are taken as scanned
     * ({@link PrintedCodes#AS_IS}): with no check character, only an exact match guards against a misread.
     */
    public ScannedBadge readTyped(String typed, Predicate<String> issued) {
        ScannedBadge exact = read(typed);
        if (printedCodes == PrintedCodes.AS_IS) {
            // No check character to tell which reading is meant: an existing card's code is taken as typed.
            return exact;
        }
        boolean printedCode = exact instanceof ScannedBadge.Printed
                || exact instanceof ScannedBadge.Refused r && r.refusal().kind() == Kind.MISREAD;
        if (!printedCode || typed.toUpperCase(Locale.ROOT).startsWith(SIGNED)) {
            return exact;
        }
        List<String> valid = TypedCode.readings(typed).stream().filter(CheckCharacter::holds).toList();
        List<String> onRoll = valid.stream().filter(code -> issued.test(pupilCodeOf(code))).toList();
        if (onRoll.size() == 1) {
            return new ScannedBadge.Printed(pupilCodeOf(onRoll.get(0)));
        }
        if (onRoll.size() > 1) {
            return new ScannedBadge.Refused(new BadgeRefusal(Kind.AMBIGUOUS, wordsFor(Kind.AMBIGUOUS), "typed '"
                    + typed.toUpperCase(Locale.ROOT) + "' could be the badge of any of " + onRoll.stream()
                    .map(BadgeCodes::pupilCodeOf).collect(java.util.stream.Collectors.joining(", "))
                    + " (a typed O read as 0, I as 1): not guessed"));
        }
        return valid.size() == 1 ? new ScannedBadge.Printed(pupilCodeOf(valid.get(0))) : exact;
    }

    private static String pupilCodeOf(String printedCode) {
        return printedCode.substring(0, printedCode.length() - 1);
    }

    private ScannedBadge readPrinted(String code) {
        return CHECK_CHARACTER_HOLDS.refuses(code).<ScannedBadge>map(ScannedBadge.Refused::new)
                .orElseGet(() -> new ScannedBadge.Printed(code.substring(0, code.length() - 1)));
    }

    private ScannedBadge readSigned(String code) {
        String[] parts = code.split("\\.", -1);
        if (parts.length < 5) {
            return refused(Kind.MISREAD, "a QR code read only in part ('" + code + "')");
        }
        String signature = parts[parts.length - 1];
        String issueText = parts[parts.length - 2];
        String pupilCode = parts[parts.length - 3];
        String school = String.join(".", java.util.Arrays.copyOfRange(parts, 1, parts.length - 3));
        String signedText = code.substring(0, code.length() - signature.length() - 1);
        if (!school.equals(schoolId)) {
            return new ScannedBadge.Refused(new BadgeRefusal(Kind.OTHER_SCHOOL,
                    "This badge is from another school (" + school + "). Please see the office.",
                    "a badge of school '" + school + "', not " + schoolId + " (" + schoolName + ")"));
        }
        if (!signature.matches("[0-9A-F]{" + SIGNATURE_HEX + "}") || !issueText.matches("[1-9][0-9]{0,3}")
                || unsuitable(pupilCode).isPresent()) {
            return forged("its parts are not a badge's: pupil '" + pupilCode + "', issue '" + issueText + "'");
        }
        if (key.isEmpty()) {
            return new ScannedBadge.Refused(new BadgeRefusal(Kind.NO_KEY,
                    "This kiosk cannot check QR codes yet. Please scan the barcode, or see the office.",
                    "a QR code, and no badge key under [badges] key_file to check its signature"));
        }
        if (!key.get().signed(signedText, HexFormat.of().parseHex(signature))) {
            return forged("the signature does not match: the code was edited, or not made with this school's key");
        }
        return new ScannedBadge.Signed(pupilCode, Integer.parseInt(issueText));
    }

    private static ScannedBadge forged(String why) {
        return refused(Kind.FORGED, why);
    }

    private static ScannedBadge refused(Kind kind, String why) {
        return new ScannedBadge.Refused(new BadgeRefusal(kind, wordsFor(kind), why));
    }

    private static String wordsFor(Kind kind) {
        return switch (kind) {
            case TOO_LONG -> "The scanner read too much at once. Please scan your badge again, on its own.";
            case NOT_A_BADGE -> "That did not read as a badge. Please scan your badge again.";
            case MISREAD -> "Your badge was misread. Please scan it again (or check the code you typed).";
            case AMBIGUOUS -> "That code could be more than one badge. Please scan your badge, or see the office.";
            case FORGED, NEVER_ISSUED -> "This badge cannot be accepted. Please see the office.";
            default -> "Badge not recognised: please see the office.";
        };
    }

    /** One rule a scanned code must pass: empty when it passes, else the refusal. */
    @FunctionalInterface
    private interface Rule {
        Optional<BadgeRefusal> refuses(String code);
    }

    /** Two scans run together without a terminator, or a scanner's noise, are longer than any badge. */
    private static Rule noLongerThanAnyBadge(int longest) {
        return code -> code.length() <= longest ? Optional.empty()
                : Optional.of(new BadgeRefusal(Kind.TOO_LONG, wordsFor(Kind.TOO_LONG), code.length()
                        + " characters, longer than any badge (" + longest + "): two scans run together, or noise"));
    }

    /** A scanner at the wrong speed sends bytes no badge holds. */
    private static final Rule ONLY_BADGE_CHARACTERS = code -> {
        if (code.isEmpty()) {
            return Optional.of(new BadgeRefusal(Kind.NOT_A_BADGE, wordsFor(Kind.NOT_A_BADGE), "an empty scan"));
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean badge = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == '_';
            if (!badge) {
                return Optional.of(new BadgeRefusal(Kind.NOT_A_BADGE, wordsFor(Kind.NOT_A_BADGE),
                        "character " + (i + 1) + " is " + shown(c) + ", which no badge holds"));
            }
        }
        return Optional.empty();
    };

    /** One character changed, or two neighbours swapped, and the check character no longer holds. */
    private static final Rule CHECK_CHARACTER_HOLDS = code -> CheckCharacter.holds(code) ? Optional.empty()
            : Optional.of(new BadgeRefusal(Kind.MISREAD, wordsFor(Kind.MISREAD), "'" + code
                    + "': its check character does not match (a character dropped, repeated, changed or swapped)"));

    private static String shown(char c) {
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : String.format("\\u%04X", (int) c);
    }
}
