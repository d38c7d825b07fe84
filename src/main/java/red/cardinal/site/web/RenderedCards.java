package red.cardinal.site.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.zip.GZIPOutputStream;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ConcurrentLruCache;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import red.cardinal.card.Card;
import red.cardinal.card.CardChanged;
import red.cardinal.card.CardDeleted;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardStamp;
import red.cardinal.contact.InAppBrowsers;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.Ui;

/**
 * Public card pages, rendered once per version and kept: a visit then costs one small query (the
 * card's stamp, plus a change token for a shown part that changes on its own, such as a store's
 * products) instead of loading the whole card and its sections and rendering it again.
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

	/**
	 * The card at {@code version}, what its sections' parts said of their own changes when it was
	 * loaded, the parts its pages show, and its pages by language and in-app browser.
	 */
	record Rendered(String version, Card card, Map<String, String> tokens, Set<String> shown, Map<String, Page> pages) {

		/** What the page's ETag and cache key are made of: the card's version and its shown parts' tokens. */
		String tag() {
			var tag = new StringBuilder(version);
			tokens.entrySet().stream().filter(t -> shown.contains(t.getKey())).sorted(Map.Entry.comparingByKey())
				.forEach(t -> tag.append('-').append(t.getValue()));
			return tag.toString();
		}
	}

	private final ConcurrentLruCache<Long, AtomicReference<Rendered>> byCard = new ConcurrentLruCache<>(CARDS,
			id -> new AtomicReference<>());
	private final CardManagement cards;
	private final CardPages pages;
	private final TemplateEngine templates;

	RenderedCards(CardManagement cards, CardPages pages, TemplateEngine templates) {
		this.cards = cards;
		this.pages = pages;
		this.templates = templates;
	}

	/**
	 * The card as its stamp says it is now, loaded when it is not kept, kept at another version, or
	 * a part its pages show changed on its own (a product); empty if it went away.
	 */
	Optional<Rendered> card(CardStamp stamp) {
		var kept = byCard.get(stamp.id());
		Rendered rendered = kept.get();
		if (rendered != null && rendered.version().equals(stamp.version()) && current(rendered, stamp.id())) {
			return Optional.of(rendered);
		}
		// tokens before loading: a change in between makes the next view load again, never keeps a stale page
		Map<String, String> tokens = pages.changeTokens(stamp.id(), key -> true);
		return cards.findLive(stamp.slug()).map(card -> {
			var fresh = new Rendered(stamp.version(), card, tokens, ConcurrentHashMap.newKeySet(), new ConcurrentHashMap<>());
			kept.set(fresh);
			return fresh;
		});
	}

	private boolean current(Rendered rendered, long cardId) {
		if (rendered.shown().isEmpty()) {
			return true;
		}
		Map<String, String> now = pages.changeTokens(cardId, rendered.shown()::contains);
		return now.entrySet().stream().allMatch(t -> t.getValue().equals(rendered.tokens().get(t.getKey())));
	}

	/** A changed card's pages go at once (after the commit), on this node; other nodes see its new version. */
	@TransactionalEventListener
	void changed(CardChanged changed) {
		byCard.remove(changed.cardId());
	}

	/** A deleted card's pages go, so a cache of the most visited cards keeps none that no one can visit. */
	@TransactionalEventListener
	void deleted(CardDeleted deleted) {
		byCard.remove(deleted.cardId());
	}

	/** Whether a page of the card is kept: for tests. */
	boolean keeps(long cardId) {
		return byCard.contains(cardId) && byCard.get(cardId).get() != null;
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
			page = render(rendered, ui, userAgent);
			if (rendered.pages().size() < VARIANTS) {
				rendered.pages().putIfAbsent(variant, page);
			}
		}
		return page;
	}

	private Page render(Rendered rendered, Ui ui, String userAgent) {
		CardPage page = pages.build(rendered.card(), ui, false, userAgent);
		rendered.shown().addAll(page.parts().keySet());
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
