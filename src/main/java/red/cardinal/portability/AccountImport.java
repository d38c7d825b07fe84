package red.cardinal.portability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.core.JacksonException;
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
 * Brings an {@link AccountExport} into an owner's account: every upload through the image pipeline,
 * every card (its design, sections and products) through {@link CardManagement} and the store's
 * {@link Catalog}, so every check and cap of theirs applies. All of it happens in one transaction: a
 * problem anywhere (a file that is no image, a card that does not validate, the quota or the card cap
 * reached) leaves the account as it was. Orders, bookings and other records stay in the export.
 */
@Service
public class AccountImport {

	private final CardManagement cards;
	private final MediaManagement media;
	private final Catalog catalog;
	private final JsonBodies bodies;
	private final ObjectMapper json;
	private final TransactionTemplate transactions;

	AccountImport(CardManagement cards, MediaManagement media, Catalog catalog, JsonBodies bodies, ObjectMapper json,
			TransactionTemplate transactions) {
		this.cards = cards;
		this.media = media;
		this.catalog = catalog;
		this.bodies = bodies;
		this.json = json;
		this.transactions = transactions;
	}

	/**
	 * @throws InvalidInputException naming {@code file} for a zip that is not an export or is hostile,
	 *     or the entry and field of what did not validate; nothing is stored then
	 * @throws red.cardinal.shared.ConflictException when the account would have more cards than it may
	 */
	public ImportResult importZip(long ownerId, InputStream upload, Locale locale) throws IOException {
		try (ImportZip zip = ImportZip.read(upload)) {
			JsonNode manifest = tree(zip, ExportLayout.MANIFEST);
			if (manifest.path("format").asInt() != ExportLayout.FORMAT) {
				throw ImportZip.refused("portability.zip.format");
			}
			Map<String, String> files = uploads(zip, manifest);
			var keys = new HashMap<String, String>();
			manifest.path("media").forEach(item -> keys.put(item.path("key").asString(""), item.path("id").asString("")));
			var folders = new ArrayList<String>();
			for (String name : zip.names()) {
				var m = ExportLayout.CARD.matcher(name);
				if (m.matches()) {
					folders.add(m.group(1));
				}
			}
			var trees = new LinkedHashMap<String, JsonNode>();
			for (String folder : folders) {
				trees.put(folder, tree(zip, ExportLayout.card(folder, "card.json")));
			}
			return transactions.execute(status -> {
				var photoKeys = new java.util.HashSet<String>();
				trees.values().forEach(card -> photoKeys.add(photoKey(card)));
				photoKeys.remove(null);
				Map<String, String> ids = storeUploads(ownerId, zip, files, keys, photoKeys);
				var renamed = new ArrayList<ImportResult.Renamed>();
				for (var card : trees.entrySet()) {
					createCard(ownerId, zip, card.getKey(), card.getValue(), keys, ids, locale, renamed);
				}
				return new ImportResult(trees.size(), renamed);
			});
		}
	}

	/** The uploads the manifest lists, file by old id; every media file must be one of them. */
	private static Map<String, String> uploads(ImportZip zip, JsonNode manifest) {
		var files = new LinkedHashMap<String, String>();
		for (JsonNode item : manifest.path("media")) {
			String id = item.path("id").asString("");
			String file = item.path("file").asString("");
			if (!id.matches("[0-9]{1,19}") || !file.equals(ExportLayout.media(Long.parseLong(id), file))
					|| zip.file(file) == null) {
				throw ImportZip.refused("portability.zip.mediaMissing", file.isEmpty() ? id : file);
			}
			files.put(id, file);
		}
		for (String name : zip.names()) {
			if (name.startsWith("media/") && !files.containsValue(name)) {
				throw ImportZip.refused("portability.zip.unexpected", name);
			}
		}
		return files;
	}

	/**
	 * Stores every upload; a card's photo goes in as a photo again (square, as it was), the rest as
	 * library images. Answers the new id of each old one.
	 */
	private Map<String, String> storeUploads(long ownerId, ImportZip zip, Map<String, String> files,
			Map<String, String> keys, java.util.Set<String> photoKeys) {
		var ids = new HashMap<String, String>();
		var photoIds = new java.util.HashSet<String>();
		photoKeys.forEach(key -> photoIds.add(keys.get(key)));
		for (var upload : files.entrySet()) {
			String file = upload.getValue();
			MediaManagement.Upload bytes = () -> Files.readAllBytes(zip.file(file));
			try {
				if (photoIds.contains(upload.getKey())) {
					String key = media.storePhoto(ownerId, bytes).key();
					ids.put(upload.getKey(), Long.toString(media.list(ownerId).stream().filter(m -> m.key().equals(key))
						.findFirst().orElseThrow().id()));
				}
				else {
					ids.put(upload.getKey(), Long.toString(media.storeImage(ownerId, bytes).id()));
				}
			}
			catch (InvalidInputException e) {
				throw e.violations().stream().anyMatch(v -> v.code().equals("media.quota")) ? e
						: ImportZip.refused("portability.media.invalid", file);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		return ids;
	}

	private void createCard(long ownerId, ImportZip zip, String folder, JsonNode tree, Map<String, String> keys, Map<String, String> ids, Locale locale, List<ImportResult.Renamed> renamed) {
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
		JsonNode products = tree(zip, entry);
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
	private static String photoKey(JsonNode card) {
		String url = card.path("photoUrl").asString("");
		return url.isEmpty() ? null : url.substring(url.lastIndexOf('/') + 1);
	}

	/** Runs a step, naming the entry in every problem it finds ({@code cards/ana/card.json: links[0].url}). */
	private static <T> T within(String entry, java.util.function.Supplier<T> step) {
		try {
			return step.get();
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException(e.violations().stream()
				.map(v -> new Violation(entry + ": " + v.field(), v.code(), v.args()))
				.toList());
		}
	}

	private JsonNode tree(ImportZip zip, String name) {
		try {
			return json.readTree(zip.bytes(name));
		}
		catch (JacksonException e) {
			throw ImportZip.refused("portability.zip.json", name);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
