package red.cardinal.portability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardSection;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.store.Catalog;
import red.cardinal.store.ProductDetails;
import red.cardinal.web.JsonBodies;

/**
 * One card of an export made again here, in the import's transaction: its JSON with the media ids
 * moved to the new uploads', a free slug, its sections, photo and products, each through the API
 * that checks them, every problem named by the entry it came from.
 */
@Component
class CardRecreation {

	private final CardManagement cards;
	private final MediaManagement media;
	private final Catalog catalog;
	private final JsonBodies bodies;
	private final ObjectMapper json;

	CardRecreation(CardManagement cards, MediaManagement media, Catalog catalog, JsonBodies bodies, ObjectMapper json) {
		this.cards = cards;
		this.media = media;
		this.catalog = catalog;
		this.bodies = bodies;
		this.json = json;
	}

	/**
	 * Creates the card of {@code cards/<folder>/card.json} for the owner, with its photo and products.
	 * @param keys old upload id by stored key; @param ids new upload id by old id
	 */
	void recreate(long ownerId, ImportZip zip, String folder, JsonNode tree, Map<String, String> keys, Map<String, String> ids, Locale locale, List<ImportResult.Renamed> renamed) {
		String entry = ExportLayout.card(folder, "card.json");
		if (!(tree instanceof ObjectNode card)) {
			throw ImportZip.refused("portability.zip.json", entry);
		}
		String unknown = MediaReferences.remap(card, ids);
		if (unknown != null) {
			throw ImportZip.refused("portability.media.unknown", entry, unknown);
		}
		String wanted = card.path("slug").asString("");
		String slug = cards.freeSlug(wanted);
		if (!slug.equals(wanted)) {
			renamed.add(new ImportResult.Renamed(wanted, slug));
			card.put("slug", slug);
		}
		var sections = new LinkedHashMap<String, JsonNode>();
		for (CardSection section : cards.sections()) {
			JsonNode settings = card.get(section.name());
			if (settings != null && !settings.isNull()) {
				sections.put(section.name(), settings);
			}
		}
		Card created = within(entry, () -> cards.create(ownerId, bodies.read(card, CardDetails.class, null), sections, locale));
		String photo = photoKey(card);
		if (photo != null) {
			String id = ids.get(keys.get(photo));
			if (id == null) {
				throw ImportZip.refused("portability.media.unknown", entry, photo);
			}
			cards.usePhoto(ownerId, created.getId(), media.find(ownerId, List.of(Long.valueOf(id))).get(Long.valueOf(id)).key());
		}
		createProducts(ownerId, zip, folder, created.getId(), ids);
	}

	private void createProducts(long ownerId, ImportZip zip, String folder, long cardId, Map<String, String> ids) {
		String entry = ExportLayout.card(folder, "products.json");
		if (zip.file(entry) == null) {
			return;
		}
		JsonNode products = zip.tree(entry, json);
		if (!products.isArray()) {
			throw ImportZip.refused("portability.zip.json", entry);
		}
		String unknown = MediaReferences.remap(products, ids);
		if (unknown != null) {
			throw ImportZip.refused("portability.media.unknown", entry, unknown);
		}
		for (int i = 0; i < products.size(); i++) {
			String at = entry + "[" + i + "]";
			JsonNode product = products.get(i);
			within(at, () -> catalog.create(ownerId, cardId, bodies.read(product, ProductDetails.class, null)));
		}
	}

	/** The key at the end of a card's {@code photoUrl}, or null when it has no photo. */
	static String photoKey(JsonNode card) {
		String url = card.path("photoUrl").asString("");
		return url.isEmpty() ? null : url.substring(url.lastIndexOf('/') + 1);
	}

	/** Runs a step, naming the entry in every problem it finds ({@code cards/ana/card.json: links[0].url}). */
	static <T> T within(String entry, java.util.function.Supplier<T> step) {
		try {
			return step.get();
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException(e.violations().stream()
				.map(v -> new Violation(entry + ": " + v.field(), v.code(), v.args()))
				.toList());
		}
	}

}
