package red.cardinal.card;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;

/** The sections other modules add to cards, asked in one place. */
@Component
class CardSections {

	// looked up when used: sections may use CardManagement themselves
	private final ObjectProvider<CardSection> sections;

	CardSections(ObjectProvider<CardSection> sections) {
		this.sections = sections;
	}

	List<CardSection> all() {
		return sections.orderedStream().toList();
	}

	CardSection named(String name) {
		return all().stream().filter(s -> s.name().equals(name)).findFirst()
			.orElseThrow(() -> new NotFoundException("Section"));
	}

	/** Every section's settings of the card, by name, as the card's JSON shows them. */
	Map<String, Object> read(Card card) {
		var read = new LinkedHashMap<String, Object>();
		all().forEach(s -> read.put(s.name(), s.read(card)));
		return read;
	}

	/**
	 * Every section checked against the card as it will be: those with {@code inputs} take them, the
	 * others keep their settings (on a card not stored yet, they have none to check).
	 */
	List<CardSection.Write> check(Card next, boolean stored, Map<String, JsonNode> inputs, Locale locale,
			List<Violation> violations) {
		var writes = new ArrayList<CardSection.Write>();
		for (CardSection section : all()) {
			JsonNode input = inputs.get(section.name());
			if (input == null && !stored) {
				continue;
			}
			CardSection.Write write = section.check(next, input, locale, violations);
			if (write != null) {
				writes.add(write);
			}
		}
		return writes;
	}
}
