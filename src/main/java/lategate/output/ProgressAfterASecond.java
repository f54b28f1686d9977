package lategate.output;

import java.util.function.IntConsumer;
import lategate.wiring.Progress;

/**
 * Progress for work that is usually quick: nothing is drawn unless it is still going after a
 * second, so short runs stay quiet even on a terminal (and a {@link Progress} is quiet off one).
 */
public final class ProgressAfterASecond implements IntConsumer {

    private final long started = System.nanoTime();
    private final String label;
    private final long total;
    private Progress progress;

    public ProgressAfterASecond(String label, long total) {
        this.label = label;
        this.total = total;
    }

    @Override
    public void accept(int done) {
        if (progress == null && System.nanoTime() - started > 1_000_000_000L) {
            progress = Progress.start(label, total);
        }
        if (progress != null) {
            progress.advance(done);
        }
    }

    /** Clears the line, if one was drawn. */
    public void finish() {
        if (progress != null) {
            progress.finish();
        }
    }
}
