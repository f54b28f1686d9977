package lategate.badge;

import java.util.Optional;
import lategate.domain.badge.BadgeCodes;
import lategate.domain.badge.BadgeKey;
import lategate.settings.Settings;

/** A school's badge codes as its settings make them: with its signing key when it has one. */
public final class SchoolBadges {

    private SchoolBadges() {
    }

    public static BadgeCodes of(Settings settings) throws BadgeKeyFile.BadgeKeyException {
        Optional<BadgeKey> key = Optional.empty();
        if (settings.badges().keyFile().isPresent()) {
            key = Optional.of(BadgeKeyFile.read(settings.badges().keyFile().get()));
        }
        return new BadgeCodes(settings.school().id(), settings.school().name(), key, settings.badges().printed(),
                settings.badges().minLength());
    }
}
