package red.cardinal.site.web;

import java.util.concurrent.TimeUnit;

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
import red.cardinal.shared.NotFoundException;
import red.cardinal.store.Catalog;
import red.cardinal.store.Product;
import red.cardinal.web.ContentSecurityPolicy;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/** One product's own page, to share: Open Graph tags, its images, and an order form that works without JS. */
@Controller
class ProductPageController {

	private final CardManagement cards;
	private final CardPages pages;
	private final Catalog catalog;
	private final PublicUrls urls;

	ProductPageController(CardManagement cards, CardPages pages, Catalog catalog, PublicUrls urls) {
		this.cards = cards;
		this.pages = pages;
		this.catalog = catalog;
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
		Product item = card.getStore().enabled() ? catalog.listed(card, product).orElse(null) : null;
		if (item == null) {
			throw new NotFoundException("Product");
		}
		CardPage page = pages.build(card, ui, false, request.getHeader("User-Agent"));
		response.setHeader("Cache-Control", CacheControl.maxAge(60, TimeUnit.SECONDS).cachePublic().getHeaderValue());
		response.setHeader(ContentSecurityPolicy.HEADER, ContentSecurityPolicy.allowingStyle(page.look().css()));
		model.addAttribute("page", page);
		model.addAttribute("product", pages.product(card, item, ui));
		model.addAttribute("url", urls.of("/" + card.getSlug() + "/p/" + item.getSlug()));
		return "site/productPage";
	}
}
