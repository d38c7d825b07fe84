package red.cardinal.portability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import red.cardinal.design.BrandDesigns;
import red.cardinal.design.Design;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.web.JsonBodies;

/**
 * Brings an {@link AccountExport} into an owner's account: every upload through the image pipeline,
 * every card (its design, sections and products) through {@link red.cardinal.card.CardManagement} and the
 * store's {@link red.cardinal.store.Catalog}, so every check and cap of theirs applies. All of it happens in one transaction: a
 * problem anywhere (a file that is no image, a card that does not validate, the quota or the card cap
 * reached) leaves the account as it was. Orders, bookings and other records stay in the export.
 */
@Service
public class AccountImport {

	private final CardRecreation cards;
	private final BrandDesigns designs;
	private final JsonBodies bodies;
	private final MediaManagement media;
	private final ObjectMapper json;
	private final TransactionTemplate transactions;

	AccountImport(CardRecreation cards, BrandDesigns designs, JsonBodies bodies, MediaManagement media, ObjectMapper json,
			TransactionTemplate transactions) {
		this.cards = cards;
		this.designs = designs;
		this.bodies = bodies;
		this.media = media;
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
				trees.values().forEach(card -> photoKeys.add(CardRecreation.photoKey(card)));
				photoKeys.remove(null);
				Map<String, String> ids = storeUploads(ownerId, zip, files, keys, photoKeys);
				var renamed = new ArrayList<ImportResult.Renamed>();
				for (var card : trees.entrySet()) {
					cards.recreate(ownerId, zip, card.getKey(), card.getValue(), keys, ids, locale, renamed);
				}
				recreateDesigns(ownerId, zip);
				return new ImportResult(trees.size(), renamed);
			});
		}
	}

	/** The brand designs of the export, under their names or, where a name is taken here, {@code name (2)}. */
	private void recreateDesigns(long ownerId, ImportZip zip) {
		if (zip.file(ExportLayout.DESIGNS) == null) {
			return;
		}
		JsonNode list = tree(zip, ExportLayout.DESIGNS);
		if (!list.isArray()) {
			throw ImportZip.refused("portability.zip.json", ExportLayout.DESIGNS);
		}
		var taken = new java.util.HashSet<String>();
		designs.list(ownerId).forEach(b -> taken.add(b.name()));
		for (int i = 0; i < list.size(); i++) {
			String at = ExportLayout.DESIGNS + "[" + i + "]";
			String name = list.get(i).path("name").asString("");
			String free = name;
			for (int n = 2; taken.contains(free); n++) {
				free = name + " (" + n + ")";
			}
			taken.add(free);
			String chosen = free;
			JsonNode design = list.get(i).path("design");
			CardRecreation.within(at, () -> designs.save(ownerId, chosen, bodies.read(design, Design.class, "design")));
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

	private JsonNode tree(ImportZip zip, String name) {
		return zip.tree(name, json);
	}
}
