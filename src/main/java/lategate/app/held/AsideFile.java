package lategate.app.held;

/**
 * Where a kiosk keeps the scans it holds while its register's file is away: a file beside the
 * register, each scan on disk before {@link #append} returns (docs/held-scans.md).
 */
public interface AsideFile {

    /** Appends one scan and makes it durable; throws, with what went wrong in words, when it cannot. */
    void append(WaitingScan scan);

    /** The file's path, as staff are told it. */
    String where();
}
