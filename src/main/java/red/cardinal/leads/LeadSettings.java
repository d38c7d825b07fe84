package red.cardinal.leads;

import java.util.List;

/**
 * A card's "share your details" form: whether it is shown, which {@link #FIELDS} it asks for (in this
 * order), which of them must be filled in, the consent text the visitor agrees to (null: the default
 * text in the visitor's language), how many days leads are kept (null: until the owner deletes them)
 * and whether the owner gets a mail per lead (null: yes).
 */
public record LeadSettings(boolean enabled, List<String> fields, List<String> required, String consentText,
		Integer retentionDays, Boolean notifyOwner) {

	/** What a form may ask for, in the order the form shows them. */
	public static final List<String> FIELDS = List.of("name", "email", "phone", "company", "jobTitle", "note");

	public static final LeadSettings OFF = new LeadSettings(false, List.of("name", "email"), List.of("name", "email"),
			null, null, true);

	public LeadSettings {
		fields = fields == null ? List.of("name", "email") : List.copyOf(fields);
		required = required == null ? List.of() : List.copyOf(required);
	}

	public boolean asks(String field) {
		return fields.contains(field);
	}

	public boolean requires(String field) {
		return required.contains(field);
	}

	public boolean mailsOwner() {
		return notifyOwner == null || notifyOwner;
	}
}
