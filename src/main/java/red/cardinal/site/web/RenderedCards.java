package red.cardinal.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;
import org.springframework.util.ConcurrentLruCache;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardStamp;
import red.cardinal.contact.InAppBrowsers;
import red.cardinal.store.Catalog;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.Ui;

/**
 * Public card pages, rendered once per version and kept: a visit then costs one small query (the
 * card's stamp) instead of loading the whole card, its media and its catalog and rendering it again.
 * Every visit checks the stamp in the database, so an edit shows at once on every node; nothing here
 * is something another node needs to see. Holds the {@value #CARDS} most recently visited cards
 * (a page is about 9 KB and 3 KB gzipped).
 */
@Component
class RenderedCards {

	static final int CARDS = 1000;

	static final int VARIANTS = 12;

	/** A page as sent: its HTML (also gzipped once, not on every visit) and the CSP that allows its inline style sheet. */
	record Page(byte[] html, byte[] gzipped, String contentSecurityPolicy) {
	}

	/** The card as it was at {@code version}, and its pages by language and in-app browser. */
	record Rendered(String version, Card card, Map<String, Page> pages) {
	}

	private final ConcurrentLruCache<Long, AtomicReference<Rendered>> byCard = new ConcurrentLruCache<>(CARDS,
			id -> new AtomicReference<>());
	private final CardManagement cards;
	private final CardPages pages;
	private final Catalog catalog;
	private final TemplateEngine templates;

	RenderedCards(CardManagement cards, CardPages pages, Catalog catalog, TemplateEngine templates) {
		this.cards = cards;
		this.pages = pages;
		this.catalog = catalog;
		this.templates = templates;
	}

	/** What the card page shows depends on: the card, and its catalog when the store is open. */
	String version(CardStamp stamp) {
		long card = stamp.updatedAt().toEpochMilli();
		return stamp.storeEnabled() ? card + "-" + catalog.version(stamp.id()) : Long.toString(card);
	}

	/** The card at this version, loaded when it is not kept (or kept at another version); empty if it went away. */
	Optional<Rendered> card(CardStamp stamp, String version) {
		var kept = byCard.get(stamp.id());
		Rendered rendered = kept.get();
		if (rendered != null && rendered.version().equals(version)) {
			return Optional.of(rendered);
		}
		return cards.findLive(stamp.slug()).map(card -> {
			var fresh = new Rendered(version, card, new ConcurrentHashMap<>());
			kept.set(fresh);
			return fresh;
		});
	}

	/**
	 * The card's page for this visitor's language, region (prices are written the region's way) and
	 * browser, rendered on first use. A card keeps at most {@value #VARIANTS} of them: regions come
	 * from the visitor's Accept-Language, so a stranger could otherwise make the cache grow.
	 */
	Page page(Rendered rendered, Ui ui, String userAgent) {
		String app = InAppBrowsers.app(userAgent).orElse("");
		String variant = ui.locale().toLanguageTag() + "|" + app;
		Page page = rendered.pages().get(variant);
		if (page == null) {
			page = render(rendered.card(), ui, userAgent);
			if (rendered.pages().size() < VARIANTS) {
				rendered.pages().putIfAbsent(variant, page);
			}
		}
		return page;
	}

	private Page render(Card card, Ui ui, String userAgent) {
		CardPage page = pages.build(card, ui, false, userAgent);
		var html = new Utf8ByteOutput();
		templates.render("site/card.jte", Map.of("ui", ui, "page", page), html);
		byte[] bytes = html.toByteArray();
		return new Page(bytes, gzip(bytes), ContentSecurityPolicy.allowingStyle(page.look().css()));
	}

	private static byte[] gzip(byte[] bytes) {
		var out = new ByteArrayOutputStream(bytes.length / 3);
		try (var gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
