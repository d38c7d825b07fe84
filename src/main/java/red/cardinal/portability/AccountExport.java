package red.cardinal.portability;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Service;

import ezvcard.VCardVersion;
import tools.jackson.databind.ObjectMapper;

import red.cardinal.booking.OwnerBookings;
import red.cardinal.card.Card;
import red.cardinal.card.CardJson;
import red.cardinal.card.CardManagement;
import red.cardinal.contact.VCardWriter;
import red.cardinal.design.BrandDesigns;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.store.Catalog;
import red.cardinal.store.Ordering;
import red.cardinal.leads.LeadCsv;
import red.cardinal.leads.Leads;
import red.cardinal.store.OrdersCsv;
import red.cardinal.store.Product;
import red.cardinal.web.PublicUrls;

/**
 * An owner's account as one zip ({@link ExportLayout}), streamed entry by entry: at most one media
 * file is in the heap at a time. {@link AccountImport} brings it back, here or on another instance.
 */
@Service
public class AccountExport {

	private final CardManagement cards;
	private final BrandDesigns designs;
	private final MediaManagement media;
	private final Catalog catalog;
	private final Ordering ordering;
	private final OwnerBookings bookings;
	private final PublicUrls urls;
	private final ObjectMapper json;
	private final Clock clock;

	private final Leads leads;

	AccountExport(CardManagement cards, BrandDesigns designs, MediaManagement media, Catalog catalog, Ordering ordering,
			OwnerBookings bookings, Leads leads, PublicUrls urls, ObjectMapper json, Optional<Clock> clock) {
		this.leads = leads;
		this.cards = cards;
		this.designs = designs;
		this.media = media;
		this.catalog = catalog;
		this.ordering = ordering;
		this.bookings = bookings;
		this.urls = urls;
		this.json = json;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** Writes the owner's export to {@code out}, which it finishes but does not close. */
	public void write(long ownerId, OutputStream out) throws IOException {
		var zip = new ZipOutputStream(out);
		List<Card> owned = cards.list(ownerId);
		List<MediaItem> uploads = media.list(ownerId);
		var listed = new ArrayList<Map<String, String>>();
		for (MediaItem item : uploads) {
			listed.add(Map.of("id", Long.toString(item.id()), "key", item.key(), "file", ExportLayout.media(item.id(), item.key())));
		}
		var manifest = new LinkedHashMap<String, Object>();
		manifest.put("format", ExportLayout.FORMAT);
		manifest.put("exportedAt", clock.instant().toString());
		manifest.put("from", urls.base());
		manifest.put("cards", owned.stream().map(Card::getSlug).toList());
		manifest.put("media", listed);
		entry(zip, ExportLayout.MANIFEST, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
		var brands = designs.list(ownerId).stream().map(b -> Map.of("name", b.name(), "design", b.design())).toList();
		entry(zip, ExportLayout.DESIGNS, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(brands));
		for (Card card : owned) {
			writeCard(zip, ownerId, card);
		}
		for (MediaItem item : uploads) {
			var bytes = media.stored(item.key());
			if (bytes.isPresent()) {
				entry(zip, ExportLayout.media(item.id(), item.key()), bytes.get());
			}
		}
		zip.finish();
	}

	private void writeCard(ZipOutputStream zip, long ownerId, Card card) throws IOException {
		String folder = card.getSlug();
		String url = urls.of("/" + card.getSlug());
		var cardJson = CardJson.of(card, url, cards.photoUrl(card), cards.sectionSettings(card));
		entry(zip, ExportLayout.card(folder, "card.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(cardJson));
		var products = catalog.list(ownerId, card.getId()).stream().map(Product::details).toList();
		entry(zip, ExportLayout.card(folder, "products.json"), json.writerWithDefaultPrettyPrinter().writeValueAsBytes(products));
		byte[] photo = card.getPhotoKey() == null ? null : media.contactPhoto(card.getPhotoKey()).orElse(null);
		entry(zip, ExportLayout.card(folder, folder + ".vcf"),
				VCardWriter.write(card, url, photo, VCardVersion.V3_0).getBytes(StandardCharsets.UTF_8));
		for (var records : records(ownerId, card).entrySet()) {
			entry(zip, ExportLayout.card(folder, records.getKey()), records.getValue().getBytes(StandardCharsets.UTF_8));
		}
	}

	/**
	 * A card's records as CSV files by name, for the owner to read (an import does not bring them
	 * back): a module that keeps records of a card adds its file here.
	 */
	private Map<String, String> records(long ownerId, Card card) {
		var files = new LinkedHashMap<String, String>();
		files.put("orders.csv", OrdersCsv.of(ordering.list(ownerId, card.getId())));
		files.put("bookings.csv", BookingsCsv.of(bookings.list(ownerId, card.getId(), Instant.EPOCH,
				Instant.parse("9999-12-31T00:00:00Z"))));
		files.put("leads.csv", LeadCsv.of(leads.export(ownerId, card.getId(), null, null)));
		return files;
	}

	private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(bytes);
		zip.closeEntry();
	}
}
