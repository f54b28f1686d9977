package lategate.settings;

import java.util.List;
import java.util.stream.Collectors;

/** A settings file that cannot be used, with every problem found in it, not just the first. */
public final class InvalidSettingsException extends Exception {

    private final transient List<SettingsProblem> problems;
    private final transient List<SettingsProblem> warnings;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        this(problems, List.of());
    }

    /** With the warnings found too, so a check of the file can show them beside the errors. */
    public InvalidSettingsException(List<SettingsProblem> problems, List<SettingsProblem> warnings) {
        super(problems.stream().map(SettingsProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }

    public List<SettingsProblem> warnings() {
        return warnings;
    }
}
