package lategate.cli;

import lategate.output.Json;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.sync.hub.HubChains;
import lategate.sync.hub.HubPassword;
import lategate.sync.hub.HubReports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

/**
 * The register chain heads the hub holds, by school and day, and any register whose history was
 * rewritten after a head was sent (docs/tamper-evidence.md, "The hub"): what a hash chain on the
 * kiosk alone cannot show, since whoever holds the file could recompute it.
 */
@Command(name = "chains", mixinStandardHelpOptions = true,
        description = {"Lists each school's register chain head per day, as the latest version of each kiosk's "
                + "summary of that day carried it, and every register whose history was rewritten after it sent a "
                + "head: a later summary that says another hash at a chain entry the hub holds, or a kiosk whose "
                + "chain starts from another first entry. A rewrite is evidence: keep the kiosk's database file as "
                + "it is and run 'lategate verify' on it.",
                "Read as a reader made with 'lategate hub add-reader' (a school's role may not read the heads). "
                        + "Exit 0 when no rewrite is found; 1 when one is (each is listed), or the hub refuses."},
        footer = {"", "Examples:", "  lategate hub chains --hub postgresql://trust_reports@hub.example:5432/attendance \\",
                "      --hub-password-file /etc/lategate/trust_reports.password",
                "  lategate hub chains --hub postgresql://trust_reports@hub.example:5432/attendance \\",
                "      --hub-password-file /etc/lategate/trust_reports.password --school demo --json"})
final class HubChainsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    HubOptions hub;

    @Option(names = "--school", paramLabel = "ID", description = "One school, by its id on the hub (as under "
            + "[school] id in its settings); default every school.")
    String school;

    @Option(names = "--json", description = "One JSON object: rewritten (true or false), heads (each with "
            + "school_id, date, kiosk_id, version, seq, hash, first, received_at) and rewrites (each with school_id, "
            + "kiosk_id, date, version, received_at, at_seq, held_hash, held_kiosk_id, held_date, held_version, "
            + "held_received_at, said_hash, words).")
    boolean json;

    @Override
    public Integer call() {
        Optional<String> only = Optional.ofNullable(school);
        List<HubChains.DayHead> heads;
        List<HubChains.Rewrite> rewrites;
        try (HubReports reports = HubReports.open(hub.hub, HubPassword.from(hub.passwordFile()))) {
            HubChains chains = reports.chains();
            if (only.isPresent() && !chains.hasSchool(only.get())) {
                throw new BadInputException("the hub " + reports.name() + " holds no summary of school '" + only.get()
                        + "': --school takes the id under [school] in the school's settings");
            }
            heads = chains.latestByDay(only);
            rewrites = chains.rewrites(only);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            printJson(out, heads, rewrites);
        } else {
            printText(out, heads, rewrites);
        }
        return rewrites.isEmpty() ? 0 : 1;
    }

    private static void printText(PrintWriter out, List<HubChains.DayHead> heads, List<HubChains.Rewrite> rewrites) {
        String current = null;
        for (HubChains.DayHead h : heads) {
            if (!h.schoolId().equals(current)) {
                current = h.schoolId();
                out.println("== " + current + " ==");
            }
            out.println("  " + h.date() + "  " + h.kioskId() + "  version " + h.version() + "  entry " + h.seq() + "  "
                    + h.hash());
        }
        if (heads.isEmpty()) {
            out.println("The hub holds no chain heads yet: summaries carry them from this lategate on.");
        }
        for (HubChains.Rewrite r : rewrites) {
            out.println("REWRITTEN: " + r.words());
        }
        out.println(rewrites.isEmpty() ? "No register's history was rewritten after it sent a head."
                : rewrites.size() + (rewrites.size() == 1 ? " rewrite" : " rewrites") + " found: keep each kiosk's "
                        + "database file as it is, and run 'lategate verify' on it.");
    }

    private static void printJson(PrintWriter out, List<HubChains.DayHead> heads, List<HubChains.Rewrite> rewrites) {
        Json.printObject(out, j -> {
            j.writeBooleanField("rewritten", !rewrites.isEmpty());
            j.writeArrayFieldStart("heads");
            for (HubChains.DayHead h : heads) {
                j.writeStartObject();
                j.writeStringField("school_id", h.schoolId());
                j.writeStringField("date", h.date().toString());
                j.writeStringField("kiosk_id", h.kioskId());
                j.writeNumberField("version", h.version());
                j.writeNumberField("seq", h.seq());
                j.writeStringField("hash", h.hash());
                Json.stringOrNull(j, "first", h.first());
                j.writeStringField("received_at", h.receivedAt().toString());
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeArrayFieldStart("rewrites");
            for (HubChains.Rewrite r : rewrites) {
                j.writeStartObject();
                j.writeStringField("school_id", r.schoolId());
                j.writeStringField("kiosk_id", r.kioskId());
                j.writeStringField("date", r.date().toString());
                j.writeNumberField("version", r.version());
                j.writeStringField("received_at", r.receivedAt().toString());
                j.writeNumberField("at_seq", r.atSeq());
                j.writeStringField("held_hash", r.heldHash());
                j.writeStringField("held_kiosk_id", r.heldKioskId());
                j.writeStringField("held_date", r.heldDate().toString());
                j.writeNumberField("held_version", r.heldVersion());
                j.writeStringField("held_received_at", r.heldReceivedAt().toString());
                Json.stringOrNull(j, "said_hash", r.saidHash().orElse(null));
                j.writeStringField("words", r.words());
                j.writeEndObject();
            }
            j.writeEndArray();
        });
    }
}
