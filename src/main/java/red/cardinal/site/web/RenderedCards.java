package red.cardinal.site.web;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;

import red.cardinal.card.Card;
import red.cardinal.card.CardChanged;
import red.cardinal.card.CardDeleted;
import red.cardinal.card.CardStamp;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.PublicPages;
import red.cardinal.web.Ui;

/**
 * Card pages as sent. They are kept, gzipped, by {@link PublicPages}, which answers an anonymous
 * visitor's view without a query; this renders them when it does not have them (a first view, a
 * signed-in visitor, a new language), and tells it when a card changed.
 */
@Component
class RenderedCards {

	/** A page as sent: its HTML and the CSP that allows its inline style sheet. */
	record Page(byte[] html, String contentSecurityPolicy) {
	}

	private final CardPages pages;
	private final TemplateEngine templates;
	private final PublicPages kept;

	RenderedCards(CardPages pages, TemplateEngine templates, PublicPages kept) {
		this.pages = pages;
		this.templates = templates;
		this.kept = kept;
	}

	/**
	 * What the card's pages are made of, for their ETag: the card's version and what its sections'
	 * parts say of their own changes (a store's products), in the order of their keys.
	 */
	String tag(CardStamp stamp) {
		var tag = new StringBuilder(stamp.version());
		new TreeMap<>(pages.changeTokens(stamp.id())).values().forEach(token -> tag.append('-').append(token));
		return tag.toString();
	}

	/** The card's page for this visitor's language, region (prices are written the region's way) and browser. */
	Page render(Card card, Ui ui, String userAgent) {
		CardPage page = pages.build(card, ui, false, userAgent);
		var html = new Utf8ByteOutput();
		templates.render("site/card.jte", Map.of("ui", ui, "page", page), html);
		return new Page(html.toByteArray(), ContentSecurityPolicy.allowingStyle(page.look().css()));
	}

	/**
	 * A changed card's kept pages go, on every node, once the change commits: heard here in its
	 * transaction, so that the other nodes' notice commits (or rolls back) with it.
	 */
	@EventListener
	void changed(CardChanged changed) {
		kept.changed(changed.cardId());
	}

	/** A deleted card's kept pages go, so that none answers for it. */
	@EventListener
	void deleted(CardDeleted deleted) {
		kept.changed(deleted.cardId());
	}
}
