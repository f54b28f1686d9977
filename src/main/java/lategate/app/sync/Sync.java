package lategate.app.sync;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Sends the outbox to a target, oldest day first. Each delivery is recorded only after the
 * target has taken it, so a sync killed at any point leaves the outbox intact and the next run
 * sends what is missing; the target keys on school, kiosk, date and version, so nothing arrives
 * twice. The first failure stops the run: later days must not overtake an earlier one.
 */
public final class Sync {

    private final Outbox outbox;
    private final Clock clock;

    public Sync(Outbox outbox, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** How a run went: how many were sent, how many still wait, and why it stopped early if it did. */
    public record Result(String target, int sent, int waiting, Optional<String> failure) {
        public boolean complete() {
            return failure.isEmpty();
        }
    }

    /** Sends everything waiting for the target; {@code progress} hears the count sent so far. */
    public Result send(SyncTarget target, IntConsumer progress) {
        List<OutboxEntry> waiting = outbox.waitingFor(target.name());
        int sent = 0;
        for (OutboxEntry entry : waiting) {
            try {
                target.deliver(entry);
            } catch (SyncFailure e) {
                return new Result(target.name(), sent, waiting.size() - sent,
                        Optional.of(entry.key().words() + " was not sent: " + e.getMessage()));
            }
            outbox.delivered(entry.id(), target.name(), clock.instant());
            sent++;
            progress.accept(sent);
        }
        return new Result(target.name(), sent, 0, Optional.empty());
    }
}
