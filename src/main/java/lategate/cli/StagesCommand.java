package lategate.cli;

import lategate.wiring.SchoolServices;
import lategate.app.lateness.LatenessReview;
import java.time.LocalDate;

import lategate.output.Text;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.StageProposal;
import lategate.domain.staff.StaffMember;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import lategate.wiring.BadInputException;

@Command(name = "stages", mixinStandardHelpOptions = true,
        description = {"Staged letters for lateness (your school's policy): at each 4-weekly block's end the "
                + "ladder proposes stage changes (enter stage 1 at the school's [stages] enter_at_late_marks; up one "
                + "for no improvement or a decline, to 5 at most; down one with a positive letter for an improvement "
                + "under the entry level). Nothing changes and no letter is made until the attendance lead confirms "
                + "or overrides each proposal; every decision is kept with who, when and why.",
                "Where the school's [stages] review is \"half-term\", proposals are made only at each half-term's end, "
                        + "from the half-term's late marks against the half-term before, and are recorded against the "
                        + "block that day falls in; other blocks hold no review and say when the next one is.",
                "'stages list' shows the proposals for a block, each with the rule and its sentence."},
        subcommands = {StagesCommand.ListProposals.class, StagesCommand.Confirm.class,
                StagesCommand.OverrideStage.class},
        footer = {"", "Examples:",
                "  lategate stages list --school config/schools/demo.toml --db lategate-demo/demo.db --block 2",
                "  lategate stages confirm --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 2 --staff head",
                "  lategate stages override --school config/schools/demo.toml \\",
                "      --db lategate-demo/demo.db --block 2 --pupil D0042 --stage 1 \\",
                "      --because \"bereavement in the family: hold at stage 1\" --staff head"})
final class StagesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "The ladder's proposals at the end of a block (or of the half-term that ends in it), with "
                    + "the rule and its sentence, and the lead's decision on each so far. Default: the latest block "
                    + "whose review has come.",
            footer = {"", "Example:",
                    "  lategate stages list --school config/schools/demo.toml --db lategate-demo/demo.db --block 2"})
    static final class ListProposals implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        BlockOption block;

        @Override
        public Integer call() throws Exception {
            try (SchoolServices services = school.open(school.loadSettings(), Main.clockOf(spec))) {
                LatenessReview lateness = services.latenessReview();
                LocalDate today = services.today();
                Block chosen = block.orLatestStageReview(lateness, today);
                BlockReview review = lateness.review(chosen, today);
                PrintWriter out = spec.commandLine().getOut();
                if (!review.hasLadder()) {
                    throw new BadInputException(services.school().name() + " has no staged letters: add a "
                            + "[stages] table with enter_at_late_marks to " + school.school.file);
                }
                out.println("Stage proposals at the end of " + review.halfTermReview().map(p -> p.words() + " ("
                        + p.from() + " to " + p.to() + "), recorded against " + review.span().words())
                        .orElse(review.span().words()) + ":");
                if (review.waitingForBlockEnd()) {
                    out.println("  The block has not ended: proposals are made from its last school day, "
                            + review.span().lastSchoolDay() + ".");
                    return 0;
                }
                if (!review.stagesDue()) {
                    out.println("  No proposals: " + review.whyNoStages().orElse("") + ".");
                    return 0;
                }
                List<BlockRow> rows = review.rows().stream().filter(r -> r.proposal().isPresent()).toList();
                if (rows.isEmpty()) {
                    out.println("  Nobody reached the entry level or carried a stage into the block.");
                }
                int awaiting = 0;
                for (BlockRow r : rows) {
                    StageProposal p = r.proposal().get();
                    String state = r.decision().map(StagesCommand::decided).orElse(p.isChange() ? "awaiting your decision"
                            : "no change");
                    awaiting += r.awaitingDecision() ? 1 : 0;
                    out.printf("  %-8s  %-26s  %-12s -> %-9s  %s%n", r.pupil().id(), Text.fit(r.pupil().fullName(), 26),
                            p.from().words(), p.to().words(), state);
                    out.println("            " + p.explanation() + " [" + p.rule() + "]");
                }
                if (awaiting > 0) {
                    out.println(awaiting + (awaiting == 1 ? " change awaits" : " changes await") + " a decision: 'lategate "
                            + "stages confirm --block " + chosen.number() + "' confirms them all, or name --pupil.");
                }
            }
            return 0;
        }
    }

    static String decided(StageDecision d) {
        return d.kind().word() + " " + d.decided().words() + " by " + d.by() + d.why().map(w -> ": " + w).orElse("");
    }

    @Command(name = "confirm", mixinStandardHelpOptions = true,
            description = "Confirm the ladder's proposals for a block: every change not yet decided, or the pupils "
                    + "named with --pupil. Only an attendance lead or an administrator may.",
            footer = {"", "Example:", "  lategate stages confirm --school config/schools/demo.toml \\",
                    "      --db lategate-demo/demo.db --block 2 --pupil D0042 --staff head"})
    static final class Confirm implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--block", required = true, paramLabel = "N", description = "The block decided on.")
        int block;

        @Option(names = "--pupil", paramLabel = PupilArgument.LABEL, description = "A pupil to confirm, by id or by "
                + "a name only one pupil has; repeat for more.")
        List<String> pupils = List.of();

        @Override
        public Integer call() throws Exception {
            try (SchoolServices services = school.open(school.loadSettings(), Main.clockOf(spec))) {
                LatenessReview review = services.latenessReview();
                LocalDate today = services.today();
                Block chosen = BlockOption.required(block);
                List<String> ids = pupils.stream().map(p -> PupilArgument.anyone(services.pupils(), p).id()).toList();
                StaffMember member = staff.signIn(spec, services);
                List<StageDecision> made = review.confirm(chosen, ids, member, services.clock().instant(),
                        today);
                PrintWriter out = spec.commandLine().getOut();
                for (StageDecision d : made) {
                    out.println("Confirmed " + d.pupilId() + ": " + d.from().words() + " -> " + d.decided().words()
                            + " for block " + d.block().number() + ".");
                }
                out.println(made.size() + (made.size() == 1 ? " decision" : " decisions") + " recorded by "
                        + member.nameAndPosition() + ".");
            }
            return 0;
        }
    }

    @Command(name = "override", mixinStandardHelpOptions = true,
            description = "Set a pupil's stage for a block to something other than proposed, with the reason why. "
                    + "Only an attendance lead or an administrator may.",
            footer = {"", "Example:", "  lategate stages override --school config/schools/demo.toml \\",
                    "      --db lategate-demo/demo.db --block 2 --pupil D0042 --stage 1 \\",
                    "      --because \"bereavement in the family: hold at stage 1\" --staff head"})
    static final class OverrideStage implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        SchoolDatabaseOptions school;

        @Mixin
        StaffOption staff;

        @Option(names = "--block", required = true, paramLabel = "N", description = "The block decided on.")
        int block;

        @Option(names = "--pupil", required = true, paramLabel = PupilArgument.LABEL,
                description = PupilArgument.DESCRIPTION)
        String pupil;

        @Option(names = "--stage", required = true, paramLabel = "0-5", description = "The stage; 0 takes the pupil "
                + "off the ladder.")
        int stage;

        @Option(names = "--because", required = true, paramLabel = "TEXT", description = "Why.")
        String because;

        @Override
        public Integer call() throws Exception {
            if (stage < 0 || stage > Stage.HIGHEST) {
                throw new BadInputException("--stage must be 0 (off the ladder) to " + Stage.HIGHEST + ", not " + stage);
            }
            if (because.isBlank()) {
                throw new BadInputException("--because must say why the proposal is overridden");
            }
            try (SchoolServices services = school.open(school.loadSettings(), Main.clockOf(spec))) {
                LatenessReview review = services.latenessReview();
                LocalDate today = services.today();
                Block chosen = BlockOption.required(block);
                String pupilId = PupilArgument.anyone(services.pupils(), pupil).id();
                StaffMember member = staff.signIn(spec, services);
                StageDecision d = review.override(chosen, pupilId, new Stage(stage), because, member,
                        services.clock().instant(), today);
                spec.commandLine().getOut().println("Overrode " + d.pupilId() + " for block " + d.block().number()
                        + ": proposed " + d.proposed().words() + ", decided " + d.decided().words() + ", by "
                        + member.nameAndPosition() + ": " + d.why().orElseThrow() + ".");
            }
            return 0;
        }
    }
}
