package lategate.tui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import lategate.app.lateness.BlockReview;
import lategate.app.lateness.BlockRow;
import lategate.app.lateness.BlockSpan;
import lategate.app.lateness.LatenessReview;
import lategate.domain.lateness.Block;
import lategate.domain.lateness.Stage;
import lategate.domain.lateness.StageDecision;
import lategate.domain.lateness.StageProposal;
import lategate.domain.register.TimeWords;
import lategate.domain.staff.StaffMember;
import lategate.scanner.KioskInput;

/**
 * What each key does on the attendance lead's review screens: the block table, a
 * pupil's year, the heatmap and the patterns. Everything is read from and decided through
 * {@link LatenessReview}; stage decisions carry the member of staff signed in.
 */
final class LatenessKeys extends ScreenKeys<StaffScreen.Lateness> {

    /** The longest reason for an override, as typed. */
    static final int MAX_WHY = 100;

    private final LatenessReview review;
    private final ZoneId zone;
    private final StaffContext context;

    LatenessKeys(StaffContext context) {
        super(StaffScreen.Lateness.class);
        this.context = context;
        this.review = context.desk().review();
        this.zone = context.zone();
    }

    /** The table for the block of today (in a holiday, the one just ended); refused outside the year. */
    StaffScreen.LatenessTable open(LocalDate today) {
        return table(review.blockOn(today), today, Optional.empty());
    }

    /** Whether the screen is taking typed text (the reason for an override), so fast typing is not a scan. */
    @Override
    boolean takesText(StaffScreen.Lateness screen) {
        return screen instanceof StaffScreen.LatenessTable t && t.overriding().isPresent()
                && t.overriding().get().stage().isPresent();
    }

    // ------------------------------------------------------------------------------------ keys

    @Override
    Next.Show typed(StaffScreen.Lateness screen, char c, Instant now) {
        StaffMember member = context.member();
        LocalDate today = today(now);
        if (screen instanceof StaffScreen.LatenessTable table) {
            if (table.overriding().isPresent()) {
                return overrideKey(table, table.overriding().get(), c);
            }
            return switch (Character.toUpperCase(c)) {
                case 'C' -> confirm(table, now, member);
                case 'O' -> startOverride(table);
                case 'H' -> Next.show(heatmap(table, today));
                case 'P' -> Next.show(patterns(table, table.review().span(), 0, today));
                default -> Next.show(table);
            };
        }
        return Next.show(screen);
    }

    @Override
    Next.Show special(StaffScreen.Lateness screen, KioskInput.Key key, Instant now) {
        StaffMember member = context.member();
        int columns = context.columns();
        int rows = context.rows();
        LocalDate today = today(now);
        if (screen instanceof StaffScreen.LatenessTable table) {
            if (table.overriding().isPresent()) {
                StaffScreen.StageOverride o = table.overriding().get();
                if (key == KioskInput.Key.ENTER && o.stage().isPresent()) {
                    return submitOverride(table, o, now, member);
                }
                if (key == KioskInput.Key.BACKSPACE && !o.why().isEmpty()) {
                    return Next.show(table.with(table.selected(), Optional.of(new StaffScreen.StageOverride(o.row(),
                            o.stage(), o.why().substring(0, o.why().length() - 1))), Optional.empty()));
                }
                return Next.show(table);
            }
            int size = table.review().rows().size();
            return switch (key) {
                case UP, DOWN -> Next.show(table.with(move(table.selected(), size, key), Optional.empty(),
                        Optional.empty()));
                case LEFT, PAGE_UP -> Next.show(otherBlock(table, -1, today));
                case RIGHT, PAGE_DOWN -> Next.show(otherBlock(table, +1, today));
                case ENTER -> Next.show(table.selectedRow().<StaffScreen>map(row -> new StaffScreen.LatenessPupil(
                        review.pupil(row.pupil().id(), today), 0, table)).orElse(table));
                default -> Next.show(table);
            };
        }
        if (screen instanceof StaffScreen.LatenessPupil page) {
            int last = Math.max(0, LatenessPupilScreen.lines(page.page(), review.policy().stages().isPresent(),
                    columns, zone).size() - StaffFrame.capacity(rows));
            return Next.show(new StaffScreen.LatenessPupil(page.page(), scroll(page.scroll(), key, last, rows),
                    page.table()));
        }
        if (screen instanceof StaffScreen.LatenessPatterns patterns) {
            if (key == KioskInput.Key.LEFT || key == KioskInput.Key.RIGHT) {
                Optional<BlockSpan> next = neighbour(patterns.table().blocks(), patterns.span().block(),
                        key == KioskInput.Key.LEFT ? -1 : 1);
                return Next.show(next.<StaffScreen>map(span -> patterns(patterns.table(), span, patterns.scroll(),
                        today)).orElse(patterns));
            }
            int last = Math.max(0, LatenessPatternsScreen.lines(patterns, columns).size()
                    - StaffFrame.capacity(rows));
            return Next.show(new StaffScreen.LatenessPatterns(patterns.span(), patterns.groups(),
                    patterns.reasons(), patterns.holidays(), patterns.latesPerSchoolDay(),
                    scroll(patterns.scroll(), key, last, rows), patterns.table()));
        }
        return Next.show(screen);
    }

    /** Escape: out of an override, back from a page to its table, or from the table to the menu. */
    @Override
    Next escape(StaffScreen.Lateness screen, Instant now) {
        if (screen instanceof StaffScreen.LatenessTable table) {
            if (table.overriding().isPresent()) {
                return new Next.Show(table.with(table.selected(), Optional.empty(), Optional.empty()),
                        Optional.of(clock(now) + " override cancelled: nothing recorded"));
            }
            return Next.toMenu();
        }
        StaffScreen.LatenessTable table = tableOf(screen);
        return Next.show(reloadTable(table, today(now)));
    }

    @Override
    Next.Show reload(StaffScreen.Lateness screen, Instant now) {
        return Next.show(readAgain(screen, now));
    }

    /** The screen read again (after a scan, say), keeping the place; an override being typed is left alone. */
    private StaffScreen readAgain(StaffScreen.Lateness screen, Instant now) {
        LocalDate today = today(now);
        if (screen instanceof StaffScreen.LatenessTable table) {
            return table.overriding().isPresent() ? table : reloadTable(table, today);
        }
        if (screen instanceof StaffScreen.LatenessPupil page) {
            return new StaffScreen.LatenessPupil(review.pupil(page.page().pupil().id(), today), page.scroll(),
                    page.table());
        }
        if (screen instanceof StaffScreen.LatenessHeatmap map) {
            return heatmap(map.table(), today);
        }
        if (screen instanceof StaffScreen.LatenessPatterns patterns) {
            return patterns(patterns.table(), patterns.span(), patterns.scroll(), today);
        }
        return screen;
    }

    // ---------------------------------------------------------------------------- the table

    private StaffScreen.LatenessTable table(Block block, LocalDate today, Optional<String> keep) {
        BlockReview r = review.review(block, today);
        int selected = 0;
        if (keep.isPresent()) {
            for (int i = 0; i < r.rows().size(); i++) {
                if (r.rows().get(i).pupil().id().equals(keep.get())) {
                    selected = i;
                }
            }
        }
        return new StaffScreen.LatenessTable(r, review.blocksSoFar(today), review.blockCount(), selected,
                Optional.empty(), Optional.empty());
    }

    private StaffScreen.LatenessTable reloadTable(StaffScreen.LatenessTable table, LocalDate today) {
        return table(table.review().span().block(), today, table.selectedRow().map(r -> r.pupil().id()));
    }

    private StaffScreen.LatenessTable otherBlock(StaffScreen.LatenessTable table, int step, LocalDate today) {
        Block block = table.review().span().block();
        Optional<BlockSpan> next = neighbour(table.blocks(), block, step);
        if (next.isPresent()) {
            return table(next.get().block(), today, Optional.empty());
        }
        String why;
        if (step < 0) {
            why = "Block " + block.number() + " is the first block of the year";
        } else if (block.number() >= review.blockCount()) {
            why = "Block " + block.number() + " is the last block of the year";
        } else {
            why = "Block " + (block.number() + 1) + " has not started: it begins after " + dayWords(
                    table.review().span().lastSchoolDay());
        }
        return table.with(table.selected(), Optional.empty(), Optional.of(why));
    }

    private static Optional<BlockSpan> neighbour(List<BlockSpan> blocks, Block block, int step) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).block().equals(block)) {
                int j = i + step;
                return j >= 0 && j < blocks.size() ? Optional.of(blocks.get(j)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    // ------------------------------------------------------------------------ stage decisions

    private Next.Show confirm(StaffScreen.LatenessTable table, Instant now, StaffMember member) {
        Optional<BlockRow> selected = table.selectedRow();
        if (selected.isEmpty()) {
            return Next.show(table);
        }
        BlockRow row = selected.get();
        String name = row.pupil().fullName();
        if (table.decidable() && row.proposal().isPresent()) {
            StageProposal p = row.proposal().get();
            Optional<StageDecision> decided = row.decision();
            if (decided.isPresent() && decided.get().decided().equals(p.to())) {
                return problem(table, name + " is already decided: " + decisionWords(decided.get())
                        + ". O overrides it");
            }
            if (!p.isChange() && decided.isEmpty()) {
                return problem(table, "No change is proposed for " + name + " (" + p.to().words()
                        + " stands): nothing to confirm. O overrides the proposal");
            }
        }
        Block block = table.review().span().block();
        try {
            List<StageDecision> made = review.confirm(block, List.of(row.pupil().id()), member, now, today(now));
            StageDecision d = made.get(0);
            return new Next.Show(reloadTable(table, today(now)), Optional.of(clock(now) + " " + name + ": "
                    + d.from().words() + " -> " + d.decided().words() + " confirmed for block " + block.number()
                    + " by " + member.nameAndPosition()));
        } catch (LatenessReview.Refused e) {
            return problem(table, "Nothing recorded: " + e.getMessage());
        } catch (RuntimeException e) {
            return problem(table, "NOT SAVED: " + Trouble.refusal(e));
        }
    }

    private Next.Show startOverride(StaffScreen.LatenessTable table) {
        Optional<BlockRow> selected = table.selectedRow();
        if (selected.isEmpty()) {
            return Next.show(table);
        }
        BlockRow row = selected.get();
        Block block = table.review().span().block();
        if (!table.review().hasLadder()) {
            return problem(table, review.school().name() + " has no staged letters: its settings have no [stages]");
        }
        if (table.review().waitingForBlockEnd()) {
            return problem(table, "Block " + block.number() + " has not ended: stages are decided from its last "
                    + "school day, " + dayWords(table.review().span().lastSchoolDay()));
        }
        if (!table.review().stagesDue()) {
            return problem(table, capital(table.review().whyNoStages().orElse("")));
        }
        if (row.proposal().isEmpty()) {
            return problem(table, row.pupil().fullName() + " has no stage proposal for block " + block.number()
                    + ": only pupils who reach the entry level or carry a stage into the block have one");
        }
        return Next.show(table.with(table.selected(), Optional.of(new StaffScreen.StageOverride(row,
                Optional.empty(), "")), Optional.empty()));
    }

    private Next.Show overrideKey(StaffScreen.LatenessTable table, StaffScreen.StageOverride o, char c) {
        if (o.stage().isEmpty()) {
            if (c < '0' || c > '0' + Stage.HIGHEST) {
                return Next.show(table);
            }
            Stage stage = new Stage(c - '0');
            StageProposal p = o.row().proposal().orElseThrow();
            if (stage.equals(p.to())) {
                return Next.show(table.with(table.selected(), Optional.of(o), Optional.of(stageWords(stage)
                        + " is what the ladder proposes: press Escape, then C to confirm it")));
            }
            return Next.show(table.with(table.selected(), Optional.of(new StaffScreen.StageOverride(o.row(),
                    Optional.of(stage), "")), Optional.empty()));
        }
        if (Character.isISOControl(c) || o.why().length() >= MAX_WHY) {
            return Next.show(table);
        }
        return Next.show(table.with(table.selected(), Optional.of(new StaffScreen.StageOverride(o.row(), o.stage(),
                o.why() + c)), Optional.empty()));
    }

    private Next.Show submitOverride(StaffScreen.LatenessTable table, StaffScreen.StageOverride o, Instant now,
                                   StaffMember member) {
        String name = o.row().pupil().fullName();
        if (o.why().isBlank()) {
            return Next.show(table.with(table.selected(), Optional.of(o), Optional.of("Type why you override "
                    + "the proposal for " + name + ": nothing is recorded without it")));
        }
        Block block = table.review().span().block();
        try {
            StageDecision d = review.override(block, o.row().pupil().id(), o.stage().get(), o.why(), member, now,
                    today(now));
            return new Next.Show(reloadTable(table, today(now)), Optional.of(clock(now) + " " + name + ": "
                    + d.decided().words() + " for block " + block.number() + " (proposed " + d.proposed().words()
                    + "), overridden by " + member.nameAndPosition() + ": " + d.why().orElse("")));
        } catch (LatenessReview.Refused e) {
            return Next.show(table.with(table.selected(), Optional.of(o), Optional.of("Nothing recorded: "
                    + e.getMessage())));
        } catch (RuntimeException e) {
            return Next.show(table.with(table.selected(), Optional.of(o), Optional.of("NOT SAVED: "
                    + Trouble.refusal(e))));
        }
    }

    private static Next.Show problem(StaffScreen.LatenessTable table, String why) {
        return Next.show(table.with(table.selected(), Optional.empty(), Optional.of(why)));
    }

    // -------------------------------------------------------------------- heatmap and patterns

    private StaffScreen.LatenessHeatmap heatmap(StaffScreen.LatenessTable table, LocalDate today) {
        Block latest = review.blockOn(today);
        return new StaffScreen.LatenessHeatmap(review.heatmap(new Block(1), latest, today), today, table);
    }

    private StaffScreen.LatenessPatterns patterns(StaffScreen.LatenessTable table, BlockSpan span, int scroll,
                                                  LocalDate today) {
        Block block = span.block();
        return new StaffScreen.LatenessPatterns(span, review.groups(block, today), review.reasons(block, today),
                review.holidayEdges(today), review.latesPerSchoolDay(today), scroll, table);
    }

    private static StaffScreen.LatenessTable tableOf(StaffScreen.Lateness screen) {
        if (screen instanceof StaffScreen.LatenessPupil page) {
            return page.table();
        }
        if (screen instanceof StaffScreen.LatenessHeatmap map) {
            return map.table();
        }
        if (screen instanceof StaffScreen.LatenessPatterns patterns) {
            return patterns.table();
        }
        return (StaffScreen.LatenessTable) screen;
    }

    // ------------------------------------------------------------------------------- helpers

    /** "stage 1, confirmed by Priya Shah (Attendance Lead)", with the reason after an override. */
    static String decisionWords(StageDecision d) {
        return d.decided().words() + ", " + d.kind().word() + (d.kind() == StageDecision.Kind.OVERRIDDEN
                ? " (proposed " + d.proposed().words() + ")" : "") + " by " + d.by() + d.why().map(w -> ": " + w)
                .orElse("");
    }

    private static String stageWords(Stage stage) {
        String words = stage.words();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    static String dayWords(LocalDate date) {
        return LatenessTableScreen.DAY.format(date);
    }

    private LocalDate today(Instant now) {
        return now.atZone(zone).toLocalDate();
    }

    private String clock(Instant at) {
        return TimeWords.CLOCK.format(at.atZone(zone));
    }

    private static int scroll(int from, KioskInput.Key key, int last, int rows) {
        int page = Math.max(1, StaffFrame.capacity(rows) - 1);
        int to = switch (key) {
            case UP -> from - 1;
            case DOWN -> from + 1;
            case PAGE_UP -> from - page;
            case PAGE_DOWN -> from + page;
            default -> from;
        };
        return Math.max(0, Math.min(last, to));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
