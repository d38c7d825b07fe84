package red.cardinal.store.web;

import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import red.cardinal.card.Card;
import red.cardinal.card.CardPagePart;
import red.cardinal.store.Catalog;
import red.cardinal.store.StoreSettings;
import red.cardinal.store.Storefronts;

/** The open store's products on a card's page, with a cart that orders over WhatsApp. */
@Component
class StorePagePart implements CardPagePart {

	private final Storefronts storefronts;
	private final Catalog catalog;
	private final ProductEntries entries;
	private final TemplateEngine templates;

	StorePagePart(Storefronts storefronts, Catalog catalog, ProductEntries entries, TemplateEngine templates) {
		this.storefronts = storefronts;
		this.catalog = catalog;
		this.entries = entries;
		this.templates = templates;
	}

	@Override
	public String key() {
		return "products";
	}

	@Override
	public Content render(Card card, Visit visit) {
		return render(card, visit, storefronts.of(card.getId()));
	}

	/** The part as these settings, checked but not saved, would show it: the store screen's preview. */
	CardPagePart drafted(StoreSettings store) {
		return CardPagePart.of(key(), (card, visit) -> render(card, visit, store));
	}

	private Content render(Card card, Visit visit, StoreSettings store) {
		if (!store.enabled()) {
			return null;
		}
		var products = entries.of(card, catalog.listed(card), store.currency(), visit.ui());
		if (products.isEmpty()) {
			return null;
		}
		var categories = products.stream().map(ProductEntry::category).filter(Objects::nonNull).distinct().toList();
		var part = new StorePart(card.getSlug(), products, categories, store.currency());
		return output -> templates.render("store/part.jte", Map.of("ui", visit.ui(), "part", part), output);
	}

	/** The catalog changes without the card: its products are part of the page's key. */
	@Override
	public String changeToken(long cardId) {
		return catalog.version(cardId);
	}
}
