package red.cardinal.store.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.CardManagement;
import red.cardinal.store.Storefronts;
import red.cardinal.store.Catalog;
import red.cardinal.store.Product;
import red.cardinal.store.ProductDetails;

/** A card's catalog over JSON. Prices are minor units of the store's currency. */
@RestController
@RequestMapping("/api/v1/cards/{cardId}/products")
@Tag(name = "Products")
class ProductApiController {

	record ProductJson(String id, String slug, String name, String description, long priceMinor, String currency,
			Long compareAtMinor, String category, String available, List<String> imageMediaIds,
			List<ProductDetails.Option> options, int position) {
	}

	private final Catalog catalog;
	private final CardManagement cards;
	private final Storefronts storefronts;

	ProductApiController(Storefronts storefronts, Catalog catalog, CardManagement cards) {
		this.storefronts = storefronts;
		this.catalog = catalog;
		this.cards = cards;
	}

	@GetMapping
	List<ProductJson> list(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long cardId) {
		return catalog.list(owner.accountId(), cardId).stream().map(p -> json(owner, cardId, p)).toList();
	}

	@PostMapping
	ResponseEntity<ProductJson> create(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long cardId,
			@RequestBody ProductDetails details) {
		Product product = catalog.create(owner.accountId(), cardId, details);
		return ResponseEntity.created(URI.create("/api/v1/cards/" + cardId + "/products/" + product.getId()))
			.body(json(owner, cardId, product));
	}

	@GetMapping("/{id}")
	ProductJson get(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long cardId, @PathVariable long id) {
		return json(owner, cardId, catalog.get(owner.accountId(), cardId, id));
	}

	@PutMapping("/{id}")
	ProductJson update(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long cardId, @PathVariable long id,
			@RequestBody ProductDetails details) {
		return json(owner, cardId, catalog.update(owner.accountId(), cardId, id, details));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long cardId, @PathVariable long id) {
		catalog.delete(owner.accountId(), cardId, id);
	}

	private ProductJson json(AccountPrincipal owner, long cardId, Product p) {
		ProductDetails d = p.details();
		String currency = storefronts.of(cards.get(owner.accountId(), cardId).getId()).currency();
		return new ProductJson(p.getId().toString(), d.slug(), d.name(), d.description(), d.priceMinor(), currency,
				d.compareAtMinor(), d.category(), d.available(), d.imageMediaIds(), d.options(), p.getPosition());
	}
}
