package lategate.cli;

import lategate.output.Json;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import lategate.domain.pupil.Pupil;
import lategate.domain.register.Classification;
import lategate.domain.register.PupilCutOff;
import lategate.domain.register.Register;
import lategate.domain.school.School;
import lategate.store.SqlitePupils;
import lategate.wiring.SchoolServices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Say what mark an arrival at a given time would get, and why. Nothing is recorded.",
                "With --db and --pupil, the pupil's own later cut-offs are taken into account."},
        footer = {"", "Examples:",
                "  lategate explain --school lategate-demo/demo.toml --at 2026-11-23T09:10:00",
                "  lategate explain --school lategate-demo/demo.toml \\",
                "      --db lategate-demo/demo.db \\",
                "      --pupil D0042 --at 2026-11-23T09:05:00 --json"})
final class ExplainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SchoolOptions school;

    @Option(names = "--at", required = true, paramLabel = "TIME",
            description = "The arrival, in school time (2026-11-23T09:10:00) or with an offset (…Z, …+01:00).")
    String at;

    @Option(names = "--db", paramLabel = "FILE", description = "The school's database, to read a pupil's cut-offs.")
    Path db;

    @Option(names = "--pupil", paramLabel = PupilArgument.LABEL, description = "The pupil's id, or their name when "
            + "only one pupil has it (needs --db).")
    String pupilId;

    @Option(names = "--json", description = "Print one JSON object: mark, register, minutes_late, explanation, …")
    boolean json;

    @Override
    public Integer call() throws Exception {
        School settings = school.load();
        Instant instant = SchoolTime.instant("--at", at, settings.zone());
        if ((pupilId == null) != (db == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--pupil and --db go together: give both, or neither");
        }
        List<PupilCutOff> cutOffs = List.of();
        Pupil pupil = null;
        if (pupilId != null) {
            try (SchoolServices services = SchoolServices.ofSchool(settings, SchoolDatabaseOptions.open(db, settings),
                    Main.clockOf(spec))) {
                SqlitePupils pupils = services.pupils();
                pupil = PupilArgument.onRoll(pupils, pupilId);
                cutOffs = pupils.cutOffsOf(pupil.id());
            }
        }
        Classification c = settings.registerRules().classify(instant, cutOffs);
        PrintWriter out = spec.commandLine().getOut();
        Pupil who = pupil;
        Optional<String> consequence = c.register().flatMap(r -> settings.consequenceOf(c.mark(), r,
                c.arrivedAt().toLocalTime()));
        if (json) {
            Json.printObject(out, g -> {
                g.writeStringField("mark", c.mark().id());
                Json.stringOrNull(g, "register", c.register().map(Register::name).orElse(null));
                g.writeNumberField("minutes_late", c.minutesLate());
                g.writeStringField("explanation", c.explanation());
                g.writeStringField("school", settings.id());
                g.writeStringField("at", lategate.domain.register.TimeWords.INSTANT_WITH_OFFSET.format(c.arrivedAt()));
                g.writeStringField("school_date", c.schoolDate().toString());
                g.writeStringField("rule", c.rule());
                Json.stringOrNull(g, "pupil_id", who == null ? null : who.id());
                Json.stringOrNull(g, "consequence", consequence.orElse(null));
                if (c.cutOffUsed().isPresent()) {
                    g.writeObjectFieldStart("pupil_cut_off");
                    g.writeStringField("closes", c.cutOffUsed().get().closes().toString());
                    g.writeStringField("reason", c.cutOffUsed().get().reason());
                    g.writeEndObject();
                } else {
                    g.writeNullField("pupil_cut_off");
                }
            });
        } else {
            String register = c.register().map(r -> r.words() + " register").orElse("no register");
            String minutes = c.mark().isLate() ? ", " + c.minutesLate() + " minutes late" : "";
            out.println(c.mark().id() + " (" + register + minutes + ")");
            out.println(c.explanation());
            consequence.ifPresent(text -> out.println("Consequence: " + text));
        }
        return 0;
    }
}
