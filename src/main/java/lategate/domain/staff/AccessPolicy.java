package lategate.domain.staff;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may do what at lategate: one table of {@link Role}s by {@link Action}s, each action under a
 * named {@link Rule}. The command line, the kiosk's staff screens and the use cases all ask it, so a
 * refusal reads the same wherever it happens. Actions not here (signing pupils in and out, amending
 * an entry, deciding a claim, confirming or setting the kiosk's clock) are open to every member of
 * staff who has signed in: the receptionist's work (docs/domain.md, "People and what they do at the
 * machine").
 */
public final class AccessPolicy {

    /** What the policy is asked about, in words for "only ... may {words}". */
    public enum Action {
        /**
         * Seeing the 4-weekly lateness review at the kiosk: the attendance lead's work (docs/domain.md,
         * "People and what they do at the machine").
         */
        REVIEW_LATENESS("review lateness"),
        /** Confirming or overriding a pupil's stage on the ladder: the attendance lead decides letters and meetings. */
        DECIDE_STAGES("decide stages"),
        /** A lunchtime pass is the school's permission (the school's lunchtime pass policy): granted for it. */
        GRANT_LUNCH_PASS("grant a lunchtime pass"),
        /** Withdrawing that permission, which the school may do at any time. */
        END_LUNCH_PASS("end a lunchtime pass"),
        /**
         * Removing entries past retention: gone for good from a legal record (the 2024 regulations;
         * docs/decisions/append-only-register.md).
         */
        PURGE_REGISTER("purge the register"),
        /**
         * Adding, disabling and resetting the PIN of staff accounts, whose names and positions sign the
         * audit trail (the 2024 regulations: an amendment keeps who made it).
         */
        MANAGE_STAFF("manage staff accounts");

        private final String words;

        Action(String words) {
            this.words = words;
        }

        /** "purge the register". */
        public String words() {
            return words;
        }
    }

    /** One rule, named for the roles it lets through: "only an administrator". */
    public record Rule(Set<Role> roles) {

        public Rule {
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("a rule lets at least one role through");
            }
            roles = Set.copyOf(EnumSet.copyOf(roles));
        }

        /** "an attendance lead or an administrator", in the order of {@link Role}. */
        public String who() {
            String[] each = EnumSet.copyOf(roles).stream().map(Role::withArticle).toArray(String[]::new);
            if (each.length == 1) {
                return each[0];
            }
            return String.join(", ", java.util.Arrays.copyOf(each, each.length - 1)) + " or " + each[each.length - 1];
        }

        /** "only an administrator". */
        public String name() {
            return "only " + who();
        }

        Permission decide(Role role, Action action) {
            return roles.contains(role) ? new Permission.Allowed(action)
                    : new Permission.Refused(action, name() + " may " + action.words());
        }
    }

    public static final Rule ONLY_AN_ADMINISTRATOR = new Rule(EnumSet.of(Role.ADMINISTRATOR));
    public static final Rule ONLY_AN_ATTENDANCE_LEAD_OR_AN_ADMINISTRATOR =
            new Rule(EnumSet.of(Role.ATTENDANCE_LEAD, Role.ADMINISTRATOR));

    private static final AccessPolicy STANDARD = new AccessPolicy(Map.of(
            Action.REVIEW_LATENESS, ONLY_AN_ATTENDANCE_LEAD_OR_AN_ADMINISTRATOR,
            Action.DECIDE_STAGES, ONLY_AN_ATTENDANCE_LEAD_OR_AN_ADMINISTRATOR,
            Action.GRANT_LUNCH_PASS, ONLY_AN_ADMINISTRATOR,
            Action.END_LUNCH_PASS, ONLY_AN_ADMINISTRATOR,
            Action.PURGE_REGISTER, ONLY_AN_ADMINISTRATOR,
            Action.MANAGE_STAFF, ONLY_AN_ADMINISTRATOR));

    private final Map<Action, Rule> rules;

    /** A policy with a rule for every action. */
    public AccessPolicy(Map<Action, Rule> rules) {
        Objects.requireNonNull(rules, "rules");
        Set<Action> missing = EnumSet.allOf(Action.class);
        missing.removeAll(rules.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no rule for " + missing.stream().map(Action::words)
                    .collect(Collectors.joining(", ")));
        }
        this.rules = new EnumMap<>(rules);
    }

    /** lategate's policy: no school's settings change who may do what. */
    public static AccessPolicy standard() {
        return STANDARD;
    }

    /** The rule an action is under. */
    public Rule rule(Action action) {
        return rules.get(Objects.requireNonNull(action, "action"));
    }

    /** Whether a role may: "only an administrator may purge the register" when it may not. */
    public Permission decide(Role role, Action action) {
        Objects.requireNonNull(role, "role");
        return rule(action).decide(role, action);
    }

    /**
     * Whether a member of staff may, by their role; refused, the reason says who they are first:
     * "Pat Reed is a receptionist: only an administrator may purge the register".
     */
    public Permission decide(StaffMember member, Action action) {
        Permission permission = decide(member.role(), action);
        if (permission instanceof Permission.Refused refused) {
            return new Permission.Refused(action, member.name() + " is " + member.role().withArticle() + ": "
                    + refused.reason());
        }
        return permission;
    }
}
