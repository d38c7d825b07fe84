package red.cardinal.card.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import red.cardinal.card.CardDetails;
import red.cardinal.shared.Violation;

/**
 * What the preview shows while some fields are invalid: everything as typed, but each invalid
 * field as saved (a list's invalid rows left out), so one bad phone number does not hide the new
 * bio.
 */
final class PreviewDetails {

	private PreviewDetails() {
	}

	static CardDetails of(CardDetails typed, CardDetails saved, List<Violation> violations) {
		Set<String> bad = violations.stream().map(v -> v.field()).collect(Collectors.toSet());
		Set<String> parts = bad.stream().map(PreviewDetails::part).collect(Collectors.toSet());
		var b = typed.toBuilder();
		if (parts.contains("slug")) {
			b.slug(saved.slug());
		}
		if (parts.contains("name")) {
			b.name(saved.name());
		}
		if (parts.contains("jobTitle")) {
			b.jobTitle(saved.jobTitle());
		}
		if (parts.contains("organization")) {
			b.organization(saved.organization());
		}
		if (parts.contains("bio")) {
			b.bio(saved.bio());
		}
		if (parts.contains("design")) {
			b.design(saved.design());
		}
		return b.phones(valid(typed.phones(), saved.phones(), "phones", bad))
			.emails(valid(typed.emails(), saved.emails(), "emails", bad))
			.websites(valid(typed.websites(), saved.websites(), "websites", bad))
			.addresses(valid(typed.addresses(), saved.addresses(), "addresses", bad))
			.links(valid(typed.links(), saved.links(), "links", bad))
			.services(valid(typed.services(), saved.services(), "services", bad))
			.build();
	}

	/** The rows no problem names; the saved list when the list itself is refused (too many). */
	private static <T> List<T> valid(List<T> typed, List<T> saved, String list, Set<String> bad) {
		if (bad.contains(list)) {
			return saved;
		}
		var rows = new ArrayList<T>();
		for (int i = 0; i < typed.size(); i++) {
			String row = list + "[" + i + "]";
			if (bad.stream().noneMatch(f -> f.equals(row) || f.startsWith(row + "."))) {
				rows.add(typed.get(i));
			}
		}
		return rows;
	}

	/** {@code phones[1].number} → {@code phones}, {@code name.given} → {@code name}. */
	private static String part(String field) {
		int end = field.length();
		for (int i = 0; i < field.length(); i++) {
			if (field.charAt(i) == '.' || field.charAt(i) == '[') {
				end = i;
				break;
			}
		}
		return field.substring(0, end);
	}
}
