package lategate.cli;

import lategate.output.ProgressAfterASecond;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import lategate.sync.hub.HubImport;
import lategate.sync.hub.HubPassword;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Loads a folder written by 'lategate sync --to FOLDER' (a USB stick or shared drive) into the "
                + "hub: the same rows a direct sync gives. Every file is checked against its .sha256 first; a file "
                + "with none is incomplete (a sync still writing, or a stick pulled out) and is skipped, and said "
                + "so, for the next import; a file that does not match its .sha256 is damaged and not loaded. "
                + "Loading a folder again changes nothing. The schools' settings files go too.",
                "Exit 0 when everything complete was loaded; 1 when a file was damaged or the hub refused one (the "
                        + "message says which; what went before stays loaded)."},
        footer = {"", "Example:", "  lategate hub import --hub postgresql://lategate_admin@hub.example:5432/attendance \\",
                "      --hub-password-file /root/hub-admin-password --from /media/usb/lategate"})
final class HubImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HubOptions hub;

    @Option(names = "--from", required = true, paramLabel = "FOLDER", description = "The folder sync wrote.")
    Path from;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        HubImport.Contents contents = HubImport.read(from);
        int total = contents.summaries().size();
        ProgressAfterASecond progress = new ProgressAfterASecond("loading", total);
        HubImport.Report report;
        try {
            report = HubImport.load(hub.hub, HubPassword.from(hub.passwordFile()), contents, progress);
        } finally {
            progress.finish();
        }
        out.println("Loaded " + report.loaded() + (report.loaded() == 1 ? " summary" : " summaries") + " from "
                + from + " into " + hub.hub + ": " + report.stored() + " new, " + report.superseded()
                + " older than a version already there, " + report.held() + " already there"
                + (report.settingsOf().isEmpty() ? "" : "; the settings of " + String.join(", ", report.settingsOf()))
                + ".");
        if (!report.incomplete().isEmpty()) {
            out.println("Skipped " + report.incomplete().size() + (report.incomplete().size() == 1 ? " file" : " files")
                    + " without a .sha256 (incomplete: still being written, or the stick was pulled out; the next "
                    + "import takes them once whole): " + String.join(", ", report.incomplete()));
        }
        if (!report.damaged().isEmpty()) {
            err.println("lategate: " + report.damaged().size() + (report.damaged().size() == 1 ? " file was" : " files were")
                    + " not loaded because they do not match their .sha256 (copy them again from the kiosk's "
                    + "folder): " + String.join("; ", report.damaged()));
            return 1;
        }
        return 0;
    }
}
