package lategate.settings;

import java.util.List;
import java.util.stream.Collectors;

/** A settings file that cannot be used, with every problem found in it, not just the first. */
public final class InvalidSettingsException extends Exception {

    private final transient List<SettingsProblem> problems;

    public InvalidSettingsException(List<SettingsProblem> problems) {
        super(problems.stream().map(SettingsProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<SettingsProblem> problems() {
        return problems;
    }
}
