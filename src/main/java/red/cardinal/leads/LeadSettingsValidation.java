package red.cardinal.leads;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;

/**
 * Checks a lead form's settings: fields among {@link LeadSettings#FIELDS}, each once, at least one;
 * required fields among those asked for; a consent text of at most {@value #MAX_CONSENT}
 * characters; a retention of 1 to {@value #MAX_RETENTION_DAYS} days. Problems are named by their JSON
 * path ({@code leads.required[1]}).
 */
final class LeadSettingsValidation {

	static final int MAX_CONSENT = 500;

	static final int MAX_RETENTION_DAYS = 3650;

	private LeadSettingsValidation() {
	}

	/** The settings, normalised (fields in the form's order), or null with every problem added. */
	static LeadSettings check(LeadSettings s, List<Violation> violations) {
		int before = violations.size();
		var fields = new LinkedHashSet<String>();
		if (s.fields().size() > LeadSettings.FIELDS.size()) {
			violations.add(Violation.of("leads.fields", "list.tooMany", LeadSettings.FIELDS.size()));
			return null;
		}
		for (int i = 0; i < s.fields().size(); i++) {
			String f = s.fields().get(i);
			if (!LeadSettings.FIELDS.contains(f)) {
				violations.add(Violation.of("leads.fields[" + i + "]", "type.invalid", String.join(", ", LeadSettings.FIELDS)));
			}
			else if (!fields.add(f)) {
				violations.add(Violation.of("leads.fields[" + i + "]", "leads.field.twice"));
			}
		}
		if (s.fields().isEmpty()) {
			violations.add(Violation.of("leads.fields", "leads.fields.none"));
		}
		var required = new LinkedHashSet<String>();
		for (int i = 0; i < s.required().size() && i < LeadSettings.FIELDS.size() + 1; i++) {
			String f = s.required().get(i);
			if (!fields.contains(f)) {
				violations.add(Violation.of("leads.required[" + i + "]", "leads.required.notAsked"));
			}
			required.add(f);
		}
		if (s.required().size() > LeadSettings.FIELDS.size()) {
			violations.add(Violation.of("leads.required", "list.tooMany", LeadSettings.FIELDS.size()));
		}
		String consent = TextInput.text("leads.consentText", s.consentText(), MAX_CONSENT, violations);
		Integer days = s.retentionDays();
		if (days != null && (days < 1 || days > MAX_RETENTION_DAYS)) {
			violations.add(Violation.of("leads.retentionDays", "leads.retention.range", MAX_RETENTION_DAYS));
		}
		if (violations.size() > before) {
			return null;
		}
		var ordered = new ArrayList<>(LeadSettings.FIELDS);
		ordered.retainAll(fields);
		var requiredOrdered = new ArrayList<>(ordered);
		requiredOrdered.retainAll(required);
		return new LeadSettings(s.enabled(), ordered, requiredOrdered, consent, days, s.mailsOwner(), s.digest());
	}
}
