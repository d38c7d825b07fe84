package red.cardinal.leads.web;

import java.util.List;

import red.cardinal.leads.LeadRequest;
import red.cardinal.leads.LeadSettings;

/**
 * A card's "share your details" form as a page shows it: where it posts, its fields in order, the
 * consent text, and what the visitor typed when it comes back with errors.
 */
public record ConnectForm(String slug, List<Field> fields, String consentText, LeadRequest values) {

	/** One field: its name (the request's), message key of its label, input type, autocomplete, limit. */
	public record Field(String name, String label, String type, String autocomplete, int max, boolean required) {

		public String value(LeadRequest values) {
			if (values == null) {
				return null;
			}
			return switch (name) {
				case "name" -> values.name();
				case "email" -> values.email();
				case "phone" -> values.phone();
				case "company" -> values.company();
				case "jobTitle" -> values.jobTitle();
				default -> values.note();
			};
		}
	}

	static ConnectForm of(String slug, LeadSettings settings, String consentText, LeadRequest values) {
		var fields = settings.fields().stream().map(f -> field(f, settings.requires(f))).toList();
		return new ConnectForm(slug, fields, consentText, values);
	}

	private static Field field(String name, boolean required) {
		return switch (name) {
			case "name" -> new Field(name, "leads.field.name", "text", "name", 100, required);
			case "email" -> new Field(name, "leads.field.email", "email", "email", 254, required);
			case "phone" -> new Field(name, "leads.field.phone", "tel", "tel", 40, required);
			case "company" -> new Field(name, "leads.field.company", "text", "organization", 100, required);
			case "jobTitle" -> new Field(name, "leads.field.jobTitle", "text", "organization-title", 100, required);
			default -> new Field(name, "leads.field.note", "textarea", "off", 1000, required);
		};
	}
}
