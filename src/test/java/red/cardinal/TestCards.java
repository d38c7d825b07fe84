package red.cardinal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import red.cardinal.card.CardDetails;
import red.cardinal.card.PersonName;

/** Cards as tests make them: a person's details, and their sections' settings as the card's JSON carries them. */
public final class TestCards {

	private static final JsonMapper JSON = JsonMapper.shared();

	private TestCards() {
	}

	/** A published card for {@code given} at {@code slug}; add to it with the builder. */
	public static CardDetails.Builder person(String slug, String given) {
		return CardDetails.builder().slug(slug).published(true).name(new PersonName(null, given, null, null, null));
	}

	/** A published card for {@code given} {@code family} at {@code slug}; add to it with the builder. */
	public static CardDetails.Builder person(String slug, String given, String family) {
		return CardDetails.builder().slug(slug).published(true).name(new PersonName(null, given, null, family, null));
	}

	/** Sections' settings by name ({@code "booking", settings, "store", settings…}), as the card API takes them. */
	public static Map<String, JsonNode> sections(Object... nameThenSettings) {
		var sections = new LinkedHashMap<String, JsonNode>();
		for (int i = 0; i < nameThenSettings.length; i += 2) {
			sections.put((String) nameThenSettings[i], JSON.valueToTree(nameThenSettings[i + 1]));
		}
		return sections;
	}
}
