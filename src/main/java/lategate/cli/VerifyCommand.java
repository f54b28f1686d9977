package lategate.cli;

import lategate.output.Json;
import lategate.output.ProgressAfterASecond;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import lategate.app.integrity.ChainProblem;
import lategate.app.integrity.CheckedRegister;
import lategate.app.integrity.RegisterCheck;
import lategate.domain.school.School;
import lategate.store.SqliteRegisterIntegrity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.SchoolServices;

/**
 * The register is never altered, only added to (the school's policy on the register; see
 * docs/tamper-evidence.md). This walks its chain and names the first row that was changed, put in
 * or taken out other than by lategate, and any of its guards that was dropped.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Checks that the register was changed only by lategate: walks its chain of SHA-256 seals "
                + "and names the first row that was changed, inserted or removed from outside (sqlite3, another "
                + "program), and any of the register's guards (triggers) that was dropped.",
                "Exit 0 when the register is whole, 1 when something was changed (each change is listed)."},
        footer = {"", "Examples:", "  lategate verify --school config/schools/demo.toml --db lategate-demo/demo.db",
                "  lategate verify --school config/schools/demo.toml --db lategate-demo/demo.db --quick --json"})
final class VerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolDatabaseOptions school;

    @Option(names = "--quick", description = "Check only what was added since the last whole check, and count "
            + "each table's rows against its seals (what the kiosk does at start and at each backup). Without "
            + "it every row is checked.")
    boolean quick;

    @Option(names = "--json", description = "One JSON object: whole, full, head_seq, head_hash, entries_checked, "
            + "problems (each with kind, table, row_id, seq, words).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        School settings = school.loadSchool();
        RegisterCheck check;
        ProgressAfterASecond progress = new ProgressAfterASecond("checking the register's chain (%)", 100);
        try (SchoolServices services = school.open(settings, Main.clockOf(spec))) {
            SqliteRegisterIntegrity integrity = services.integrity();
            check = quick ? integrity.checkRecent(Main.clockOf(spec).instant())
                    : integrity.checkAll(Main.clockOf(spec).instant(), progress);
        } finally {
            progress.finish();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.printObject(out, j -> {
                j.writeBooleanField("whole", check.whole());
                j.writeBooleanField("full", check.full());
                j.writeNumberField("head_seq", check.headSeq());
                j.writeStringField("head_hash", check.headHash());
                j.writeNumberField("entries_checked", check.entriesChecked());
                j.writeArrayFieldStart("problems");
                for (ChainProblem p : check.problems()) {
                    j.writeStartObject();
                    j.writeStringField("kind", p.kind().name().toLowerCase(java.util.Locale.ROOT));
                    j.writeStringField("table", p.table());
                    j.writeNumberField("row_id", p.rowId());
                    j.writeNumberField("seq", p.seq());
                    j.writeStringField("words", p.words());
                    j.writeEndObject();
                }
                j.writeEndArray();
            });
        } else {
            out.println(check.summary());
            if (!check.whole()) {
                out.println("The first change: " + check.firstProblem().map(ChainProblem::words).orElse(""));
                for (ChainProblem p : check.problems()) {
                    out.println("  " + p.words());
                }
                out.println("Keep this file as it is for whoever looks into it; the hub's copy of each day's chain "
                        + "head shows what the register said when it was sent. Head now: "
                        + CheckedRegister.shortHash(check.headHash()) + " at entry " + check.headSeq() + ".");
            }
        }
        return check.whole() ? 0 : 1;
    }
}
