package red.cardinal.store.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.account.RateLimits;
import red.cardinal.card.CardManagement;
import red.cardinal.store.Order;
import red.cardinal.store.OrderItem;
import red.cardinal.store.OrderRequest;
import red.cardinal.store.Ordering;
import red.cardinal.store.PlacedOrder;
import red.cardinal.web.Visits;

/** Orders as JSON: a visitor's order to a card, and the owner's orders of a card. */
@RestController
@Tag(name = "Orders")
class OrderApiController {

	record PlacedJson(String number, String whatsappUrl, long totalMinor, String currency) {
	}

	record OrderJson(String id, String number, String status, String currency, long totalMinor, String customerName,
			String note, String delivery, String address, java.time.Instant createdAt, List<OrderItem> items) {

		static OrderJson of(Order o) {
			return new OrderJson(o.getId().toString(), o.getNumber(), o.getStatus(), o.getCurrency(), o.getTotalMinor(),
					o.getCustomerName(), o.getNote(), o.getDelivery(), o.getAddress(), o.getCreatedAt(), o.getItems());
		}
	}

	record StatusForm(String status) {
	}

	private final CardManagement cards;
	private final Ordering ordering;
	private final RateLimits limits;
	private final Visits visits;

	OrderApiController(CardManagement cards, Ordering ordering, RateLimits limits, Visits visits) {
		this.cards = cards;
		this.ordering = ordering;
		this.limits = limits;
		this.visits = visits;
	}

	/** Records the order and answers 303 to the wa.me link, with the order number in the body. */
	@PostMapping(path = "/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/order", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PlacedJson> order(@PathVariable String slug, @RequestBody OrderRequest order,
			HttpServletRequest request) {
		PlacedOrder placed = OrderController.place(cards, ordering, limits, visits, slug, order, request);
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(placed.whatsappUrl()))
			.body(new PlacedJson(placed.order().getNumber(), placed.whatsappUrl(), placed.order().getTotalMinor(),
					placed.order().getCurrency()));
	}

	@GetMapping("/api/v1/cards/{id}/orders")
	List<OrderJson> list(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return ordering.list(owner.accountId(), id).stream().map(OrderJson::of).toList();
	}

	/** Moves an order on: new → confirmed → fulfilled, or cancelled. */
	@PatchMapping("/api/v1/cards/{id}/orders/{orderId}")
	OrderJson status(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@PathVariable long orderId, @RequestBody StatusForm form) {
		return OrderJson.of(ordering.changeStatus(owner.accountId(), id, orderId, form.status()));
	}
}
