package red.cardinal.store.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.media.ImageUploads;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Money;
import red.cardinal.shared.Violation;
import red.cardinal.store.Storefronts;
import red.cardinal.store.Catalog;
import red.cardinal.store.OptionsText;
import red.cardinal.store.Product;
import red.cardinal.store.ProductDetails;
import red.cardinal.web.Ui;

/** The catalog editor: the list of a card's products, and adding or changing one. */
@Controller
class CatalogController {

	private final Catalog catalog;
	private final CardManagement cards;
	private final Storefronts storefronts;
	private final MediaManagement media;

	CatalogController(Storefronts storefronts, Catalog catalog, CardManagement cards, MediaManagement media) {
		this.storefronts = storefronts;
		this.catalog = catalog;
		this.cards = cards;
		this.media = media;
	}

	@GetMapping("/dashboard/cards/{id}/products")
	String list(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String notice, Model model) {
		return page(owner.accountId(), id, blank(), null, notice, model);
	}

	@GetMapping("/dashboard/cards/{id}/products/{productId}")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable long productId,
			Model model) {
		Product product = catalog.get(owner.accountId(), id, productId);
		return page(owner.accountId(), id, ProductForm.of(product.details(), currency(owner.accountId(), id)), productId,
				null, model);
	}

	/**
	 * Uploads images (through the media pipeline; several at once, or dropped on the form) and adds
	 * them to the product's images; a refused file is said next to the upload's field.
	 */
	@PostMapping("/dashboard/cards/{id}/products/{productId}/image")
	String image(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable long productId,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) throws IOException {
		Product product = catalog.get(owner.accountId(), id, productId);
		try {
			for (var upload : ImageUploads.of(files)) {
				product = catalog.addImage(owner.accountId(), id, productId, upload);
			}
			return "redirect:/dashboard/cards/" + id + "/products/" + productId;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("ui", ui.withErrors(e.violations().stream()
				.map(v -> Violation.of("file", v.code(), v.args().toArray())).toList()));
			return page(owner.accountId(), id, ProductForm.of(product.details(), currency(owner.accountId(), id)),
					productId, null, model);
		}
	}

	@PostMapping("/dashboard/cards/{id}/products")
	String create(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") ProductForm form, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		return save(owner.accountId(), id, null, form, ui, model, response);
	}

	@PostMapping("/dashboard/cards/{id}/products/{productId}")
	String update(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable long productId,
			@ModelAttribute("form") ProductForm form, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		catalog.get(owner.accountId(), id, productId);
		return save(owner.accountId(), id, productId, form, ui, model, response);
	}

	private String save(long owner, long cardId, Long productId, ProductForm form, Ui ui, Model model,
			HttpServletResponse response) {
		Currency currency = currency(owner, cardId);
		var problems = new ArrayList<Violation>();
		if (currency == null) {
			problems.add(Violation.of("price", "store.currency.required"));
			currency = ProductForm.NO_CURRENCY;
		}
		Long price = form.priceMinor(currency);
		Long compareAt = form.compareAtMinor(currency);
		var options = form.options(currency);
		if (price == null) {
			problems.add(Violation.of("price", "product.price.invalid"));
		}
		if (form.getCompareAt() != null && !form.getCompareAt().isBlank() && compareAt == null) {
			problems.add(Violation.of("compareAt", "product.price.invalid"));
		}
		if (options == null) {
			problems.add(OptionsText.refused("options", form.getOptions()));
		}
		try {
			if (problems.isEmpty()) {
				ProductDetails details = form.toDetails(price, compareAt, options);
				if (productId == null) {
					catalog.create(owner, cardId, details);
				}
				else {
					catalog.update(owner, cardId, productId, details);
				}
				return "redirect:/dashboard/cards/" + cardId + "/products?notice=saved";
			}
		}
		catch (InvalidInputException e) {
			problems.addAll(e.violations());
		}
		catch (ConflictException e) {
			problems.add(e.violation());
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		// the form names its fields like the JSON, except the option text and decimal prices
		Ui refused = ui.withErrors(problems.stream().map(v -> v.field().startsWith("options[")
				? new Violation("options", v.code(), v.args())
				: v.field().startsWith("imageMediaIds") ? new Violation("images", v.code(), v.args()) : v).toList());
		model.addAttribute("ui", refused);
		return page(owner, cardId, form, productId, null, model);
	}

	private String page(long owner, long cardId, ProductForm form, Long editing, String notice, Model model) {
		Card card = cards.get(owner, cardId);
		Currency currency = currency(owner, cardId);
		List<CatalogPage.Row> rows = catalog.list(owner, cardId).stream()
			.map(p -> new CatalogPage.Row(p.getId(), p.getName(),
					currency == null ? Long.toString(p.getPriceMinor()) : new Money(p.getPriceMinor(), currency).format(java.util.Locale.ROOT),
					p.getAvailability(), "/" + card.getSlug() + "/p/" + p.getSlug()))
			.toList();
		var ui = (Ui) model.getAttribute("ui");
		var uploads = media.list(owner).stream()
			.map(m -> m.choice(ui))
			.toList();
		model.addAttribute("page", new CatalogPage(cardId, card.displayName(), currency == null ? null : currency.getCurrencyCode(),
				storefronts.of(card.getId()).enabled(), rows, form, editing, uploads, notice));
		return "store/catalog";
	}

	private Currency currency(long owner, long cardId) {
		String code = storefronts.of(cards.get(owner, cardId).getId()).currency();
		return code == null ? null : Currency.getInstance(code);
	}

	private static ProductForm blank() {
		return new ProductForm();
	}
}
