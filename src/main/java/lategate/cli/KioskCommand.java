package lategate.cli;

import java.time.Clock;
import java.util.concurrent.Callable;
import lategate.settings.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.kiosk.KioskLauncher;
import lategate.wiring.BadInputException;

@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = {"Run the late-gate kiosk full screen in this terminal. Pupils scan their badge and pick a "
                + "reason; Ctrl-C, Ctrl-Z, Escape and other function keys do nothing. The staff key (F2 unless the "
                + "settings say otherwise) opens staff mode: sign in with a staff username and PIN to find pupils, "
                + "sign them out and in, see who is off site, take the fire roll and confirm claims; an attendance lead or "
                + "an administrator also reviews lateness and decides stages there. Staff leave "
                + "with the exit key (F12 unless the settings say otherwise) and the PIN. Serial scanners named in "
                + "the settings ([[scanner]]) are read beside the keyboard, and reopened by themselves when plugged "
                + "back in; the staff menu says when one is missing."},
        footer = {"", "Example:",
                "  lategate kiosk --school lategate-demo/demo.toml --db lategate-demo/demo.db \\",
                "      --kiosk-id late-gate",
                "  lategate kiosk --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db --clock 2026-11-23T08:50:00"})
final class KioskCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--kiosk-id", paramLabel = "NAME", defaultValue = "kiosk",
            description = "This machine's name in the register (default: ${DEFAULT-VALUE}).")
    String kioskId;

    @Option(names = "--clock", paramLabel = "TIME",
            description = "Start the kiosk's clock at this school time and let it run on (demos, training, tests).")
    String startClock;

    @Override
    public Integer call() throws Exception {
        KioskLauncher.Prepared prepared;
        try {
            prepared = KioskLauncher.prepare(school.school.file, school.db);
        } catch (KioskLauncher.DamagedAtStart damaged) {
            return KioskLauncher.showDamage(damaged, school.school.file, school.db);
        } catch (KioskLauncher.RefusedAtStart refused) {
            return KioskLauncher.showRefusal(refused, school.db);
        }
        Settings settings = prepared.settings();
        Clock clock = Main.clockOf(spec).withZone(settings.school().zone());
        if (startClock != null) {
            try {
                clock = KioskLauncher.startingAt(clock, SchoolTime.instant("--clock", startClock,
                        settings.school().zone()), settings.school().zone());
            } catch (BadInputException e) {
                prepared.database().close();
                throw e;
            }
        }
        KioskLauncher.run(settings, school.school.file, prepared.database(), kioskId, clock);
        return 0;
    }
}
