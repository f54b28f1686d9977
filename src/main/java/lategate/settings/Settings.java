package lategate.settings;

import lategate.domain.school.School;

/** A school's settings file as read: the school's rules, and how its kiosk behaves. */
public record Settings(School school, KioskSettings kiosk) {
}
