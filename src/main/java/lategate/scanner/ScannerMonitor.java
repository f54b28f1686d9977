package lategate.scanner;

import java.util.List;

/** Where the staff screen and the idle screen learn how the serial scanners are; safe from any thread. */
public interface ScannerMonitor {

    /** No serial scanners: a keyboard-wedge scanner only. */
    ScannerMonitor NONE = List::of;

    /** One status per configured scanner, in the order of the settings. */
    List<ScannerStatus> scanners();
}
