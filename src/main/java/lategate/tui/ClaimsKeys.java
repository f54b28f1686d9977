package lategate.tui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import lategate.app.Claim;
import lategate.app.entry.Claims;
import lategate.domain.entry.ClaimDecision;
import lategate.domain.entry.SessionEntry;
import lategate.scanner.KioskInput;

/**
 * Claimed reasons waiting for staff: 1 confirms the selected claim, 2 refuses it, and either is
 * recorded only with what was seen, or why not, typed and ended with Enter.
 */
final class ClaimsKeys extends ScreenKeys<StaffScreen.Claims> {

    private final StaffContext context;

    ClaimsKeys(StaffContext context) {
        super(StaffScreen.Claims.class);
        this.context = context;
    }

    @Override
    Next typed(StaffScreen.Claims claims, char c, Instant now) {
        if (claims.evidence().isPresent()) {
            if (!Character.isISOControl(c) && claims.evidence().get().length() < StaffFlow.MAX_TEXT) {
                return Next.show(new StaffScreen.Claims(claims.claims(), claims.selected(),
                        Optional.of(claims.evidence().get() + c), Optional.empty(), claims.verdict()));
            }
            return Next.show(claims);
        }
        if (!claims.claims().isEmpty() && (c == '1' || c == '2')) {
            return Next.show(new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.of(""),
                    Optional.empty(), c == '1' ? ClaimDecision.Verdict.CONFIRMED : ClaimDecision.Verdict.REFUSED));
        }
        return Next.show(claims);
    }

    @Override
    Next special(StaffScreen.Claims claims, KioskInput.Key key, Instant now) {
        if (claims.evidence().isPresent()) {
            if (key == KioskInput.Key.ENTER) {
                return decide(claims, now);
            }
            if (key == KioskInput.Key.BACKSPACE && !claims.evidence().get().isEmpty()) {
                return Next.show(new StaffScreen.Claims(claims.claims(), claims.selected(),
                        Optional.of(chop(claims.evidence().get())), Optional.empty(), claims.verdict()));
            }
        } else if (upOrDown(key)) {
            return Next.show(new StaffScreen.Claims(claims.claims(), move(claims.selected(), claims.claims().size(),
                    key), Optional.empty(), Optional.empty()));
        }
        return Next.show(claims);
    }

    /** Escape: out of typing the evidence, or back to the menu. */
    @Override
    Next escape(StaffScreen.Claims claims, Instant now) {
        return claims.evidence().isPresent() ? Next.show(new StaffScreen.Claims(claims.claims(), claims.selected(),
                Optional.empty(), Optional.empty())) : Next.toMenu();
    }

    /** The claims read again, unless staff are typing a decision's evidence. */
    @Override
    Next.Show reload(StaffScreen.Claims claims, Instant now) {
        if (claims.evidence().isPresent()) {
            return Next.show(claims);
        }
        List<Claim> list = context.desk().claims().open();
        return Next.show(new StaffScreen.Claims(list, clamp(claims.selected(), list.size()), Optional.empty(),
                claims.problem()));
    }

    @Override
    boolean takesText(StaffScreen.Claims claims) {
        return claims.evidence().isPresent();
    }

    /** A claim is decided once, with what was seen (confirmed) or why not (refused): nothing without it. */
    private Next decide(StaffScreen.Claims claims, Instant now) {
        String why = claims.evidence().orElse("").strip();
        boolean confirming = claims.verdict() == ClaimDecision.Verdict.CONFIRMED;
        if (why.isEmpty()) {
            return Next.show(new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.of(""),
                    Optional.of(confirming ? "Say what was seen or heard, e.g. appointment card, or press Escape"
                            : "Say why the claim is refused, or press Escape"), claims.verdict()));
        }
        Claim claim = claims.claims().get(claims.selected());
        SessionEntry e = claim.entry().entry();
        String who = claim.entry().givenName() + " " + claim.entry().familyName();
        try {
            SessionEntry decided = context.desk().claims().decide(e.pupilId(), e.date(), e.register(),
                    claims.verdict(), why, context.identity());
            return new Next.Reopen(new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.empty(),
                    Optional.empty()), Optional.of(context.clock(now) + " " + who + ": " + e.register().words()
                    + " claim " + claims.verdict().id() + ", the entry stands as " + decided.code().code()));
        } catch (Claims.Refused ex) {
            return Next.reopen(new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.empty(),
                    Optional.of("Refused, nothing recorded: " + ex.getMessage())));
        } catch (RuntimeException ex) {
            return Next.show(new StaffScreen.Claims(claims.claims(), claims.selected(), Optional.empty(),
                    Optional.of("NOT SAVED: " + Trouble.refusal(ex))));
        }
    }
}
