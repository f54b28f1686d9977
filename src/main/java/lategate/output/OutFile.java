package lategate.output;

import java.nio.file.Files;
import java.nio.file.Path;
import lategate.wiring.BadInputException;

/** An --out FILE checked before anything is read or drawn, so a run that cannot write it does no work. */
public final class OutFile {

    private OutFile() {
    }

    /** {@code out} as an absolute path, refused when its folder is missing or it is a folder itself. */
    public static Path checked(Path out, String exampleName) {
        Path absolute = out.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BadInputException("--out " + out + ": the folder " + (folder == null ? absolute : folder)
                    + " does not exist; make it first, nothing was written");
        }
        if (Files.isDirectory(absolute)) {
            throw new BadInputException("--out " + out + " is a folder: give the name of the file to write, e.g. "
                    + out.resolve(exampleName));
        }
        return absolute;
    }
}
