package red.cardinal.leads.web;

import java.util.List;

/** The screen for a card's lead form: the form, the fields it may ask for, the default consent text, and what happened. */
public record LeadsSettingsPage(long cardId, LeadsSettingsForm form, List<String> fields, String defaultConsent,
		String notice) {
}
