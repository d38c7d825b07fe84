package red.cardinal.booking.web;

/** The screen for a card's appointment settings: the form (saved, or as just sent) and what happened. */
public record BookingSettingsPage(long cardId, BookingSettingsForm form, String notice) {
}
