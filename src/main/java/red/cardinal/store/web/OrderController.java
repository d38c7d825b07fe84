package red.cardinal.store.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.TooManyRequestsException;
import red.cardinal.shared.Violation;
import red.cardinal.store.OrderRequest;
import red.cardinal.store.Ordering;
import red.cardinal.store.PlacedOrder;
import red.cardinal.web.Ui;
import red.cardinal.web.Visits;

/**
 * A visitor's order from a form: recorded, then 303 to {@code wa.me} with the message typed out;
 * problems on a page with a way back. {@link OrderApiController} takes the same order as JSON.
 */
@Controller
class OrderController {

	private final CardManagement cards;
	private final Ordering ordering;
	private final RateLimits limits;
	private final Visits visits;

	OrderController(CardManagement cards, Ordering ordering, RateLimits limits, Visits visits) {
		this.cards = cards;
		this.ordering = ordering;
		this.limits = limits;
		this.visits = visits;
	}

	@PostMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/order")
	String orderForm(@PathVariable String slug, @ModelAttribute("order") OrderForm form, HttpServletRequest request,
			HttpServletResponse response, @ModelAttribute("ui") Ui ui, Model model) {
		try {
			PlacedOrder placed = place(cards, ordering, limits, visits, slug, form.toRequest(), request);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", placed.whatsappUrl());
			return null;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("page", new ProblemsPage("order.refused.title", "/" + slug, e.violations().stream().map(ui::message).toList()));
			return "store/refused";
		}
	}

	/** Places an order for a published card, one of a limited number per IP; counted once it is committed. */
	static PlacedOrder place(CardManagement cards, Ordering ordering, RateLimits limits, Visits visits, String slug,
			OrderRequest order, HttpServletRequest request) {
		Card card = cards.findLive(slug).orElseThrow(() -> new NotFoundException("Card"));
		var attempt = limits.attempt(Limit.ORDER, Key.ip(request));
		if (!attempt.allowed()) {
			throw new TooManyRequestsException(Violation.of("items", "order.tooMany"), attempt.retryAfter());
		}
		return ordering.place(card, order, visits.of(card.getId(), request).orElse(null));
	}
}
