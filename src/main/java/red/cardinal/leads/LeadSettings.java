package red.cardinal.leads;

import java.util.List;

/**
 * A card's "share your details" form: whether it is shown, which {@link #FIELDS} it asks for (in this
 * order), which of them must be filled in, the consent text the visitor agrees to (null: the default
 * text in the visitor's language), how many days leads are kept (null: until the owner deletes them)
 * whether the owner is mailed of new leads (null: yes), and whether in one mail a day ({@code digest})
 * instead of one per lead.
 */
public record LeadSettings(boolean enabled, List<String> fields, List<String> required, String consentText,
		Integer retentionDays, Boolean notifyOwner, boolean digest) {

	/** What a form may ask for, in the order the form shows them. */
	public static final List<String> FIELDS = List.of("name", "email", "phone", "company", "jobTitle", "note");

	public static final LeadSettings OFF = new LeadSettings(false, List.of("name", "email"), List.of("name", "email"),
			null, null, true, false);

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

	/** Whether the owner gets a mail for each lead as it comes. */
	public boolean mailsEachLead() {
		return mailsOwner() && !digest;
	}

	/** A form's settings as before, with a mail a day or not. */
	public LeadSettings(boolean enabled, List<String> fields, List<String> required, String consentText,
			Integer retentionDays, Boolean notifyOwner) {
		this(enabled, fields, required, consentText, retentionDays, notifyOwner, false);
	}
}
