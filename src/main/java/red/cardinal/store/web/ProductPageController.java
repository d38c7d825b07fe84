package red.cardinal.store.web;


import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.SlugLookup;
import red.cardinal.design.DesignStyles;
import red.cardinal.shared.NotFoundException;
import red.cardinal.store.Catalog;
import red.cardinal.store.Product;
import red.cardinal.store.StoreSettings;
import red.cardinal.store.Storefronts;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.PublicPages;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/** One product's own page, to share: Open Graph tags, its images, and an order form that works without JS. */
@Controller
class ProductPageController {

	private final CardManagement cards;
	private final Storefronts storefronts;
	private final Catalog catalog;
	private final ProductEntries entries;
	private final DesignStyles styles;
	private final PublicUrls urls;
	private final PublicPages kept;

	ProductPageController(CardManagement cards, Storefronts storefronts, Catalog catalog, ProductEntries entries,
			DesignStyles styles, PublicUrls urls, PublicPages kept) {
		this.kept = kept;
		this.cards = cards;
		this.storefronts = storefronts;
		this.catalog = catalog;
		this.entries = entries;
		this.styles = styles;
		this.urls = urls;
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/p/{product:[a-z0-9][a-z0-9-]{0,59}}")
	String product(@PathVariable String slug, @PathVariable String product, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		SlugLookup found = cards.findPublished(slug).orElseThrow(() -> new NotFoundException("Card"));
		if (found instanceof SlugLookup.Moved moved) {
			response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
			response.setHeader("Location", "/" + moved.slug() + "/p/" + product);
			return null;
		}
		Card card = ((SlugLookup.Found) found).card();
		StoreSettings store = storefronts.of(card.getId());
		Product item = store.enabled() ? catalog.listed(card, product).orElse(null) : null;
		if (item == null) {
			throw new NotFoundException("Product");
		}
		kept.keep(request, card.getId(), null);
		var look = styles.look(card.getDesign(), cards.coverUrl(card));
		// asked again each time (a 304 while unchanged), so an owner who just saved sees the change at once
		response.setHeader("Cache-Control", CacheControl.noCache().cachePublic().getHeaderValue());
		// as Tomcat writes it again when it may compress: the same whether it or the short path sends it
		response.setHeader("Vary", "accept-language,accept-encoding");
		response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.allowingStyle(look.css()));
		model.addAttribute("page", new ProductPage(card.displayName(), card.getSlug(), urls.of("/" + card.getSlug()), look,
				entries.of(card, item, store.currency(), ui), urls.of("/" + card.getSlug() + "/p/" + item.getSlug())));
		return "store/productPage";
	}
}
