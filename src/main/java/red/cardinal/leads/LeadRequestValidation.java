package red.cardinal.leads;

import java.util.ArrayList;
import java.util.List;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;

/**
 * Checks what a visitor sends against the card's form: consent given, required fields filled in,
 * fields the form does not ask for left out, an email of the usual shape, a phone of digits and the
 * usual signs, single lines (the note may have line breaks) within their lengths.
 */
final class LeadRequestValidation {

	private LeadRequestValidation() {
	}

	/** What to store, fields the form does not ask for dropped. */
	static LeadRequest check(LeadRequest r, LeadSettings form) {
		var violations = new ArrayList<Violation>();
		String name = line(form, "name", r.name(), 100, violations);
		String email = line(form, "email", r.email(), 254, violations);
		if (email != null && !TextInput.email(email)) {
			violations.add(Violation.of("email", "email.invalid"));
		}
		String phone = line(form, "phone", r.phone(), 40, violations);
		if (phone != null && !phone.matches("\\+?[0-9 ().\\-/]{3,40}")) {
			violations.add(Violation.of("phone", "leads.phone.invalid"));
		}
		String company = line(form, "company", r.company(), 100, violations);
		String jobTitle = line(form, "jobTitle", r.jobTitle(), 100, violations);
		String note = form.asks("note") ? required(form, "note", TextInput.text("note", r.note(), 1000, violations),
				violations) : null;
		if (!Boolean.TRUE.equals(r.consent())) {
			violations.add(Violation.of("consent", "leads.consent.required"));
		}
		if (name == null && email == null && phone == null && violations.isEmpty()) {
			violations.add(Violation.of(form.asks("email") ? "email" : form.fields().get(0), "leads.empty"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		return new LeadRequest(name, email, phone, company, jobTitle, note, true, null);
	}

	/** A single line the form asks for, checked; null for one it does not ask for, whatever was sent. */
	private static String line(LeadSettings form, String field, String value, int max, List<Violation> violations) {
		return form.asks(field) ? required(form, field, TextInput.line(field, value, max, violations), violations) : null;
	}

	private static String required(LeadSettings form, String field, String value, List<Violation> violations) {
		if (value == null && form.requires(field)) {
			violations.add(Violation.of(field, "error.required"));
		}
		return value;
	}
}
