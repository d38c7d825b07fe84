package red.cardinal.leads.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Key;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.leads.LeadForms;
import red.cardinal.leads.LeadRequest;
import red.cardinal.leads.LeadSettings;
import red.cardinal.leads.Leads;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.TooManyRequestsException;
import red.cardinal.shared.Violation;
import red.cardinal.web.Ui;
import red.cardinal.web.Visits;

/**
 * A visitor's details from a card's form: stored, then 303 to a thank-you page that offers the
 * owner's contact in return; problems on the form again, next to their fields. {@link ConnectApiController}
 * takes the same as JSON.
 */
@Controller
class ConnectController {

	private final CardManagement cards;
	private final LeadForms forms;
	private final Leads leads;
	private final RateLimits limits;
	private final Visits visits;

	ConnectController(CardManagement cards, LeadForms forms, Leads leads, RateLimits limits, Visits visits) {
		this.cards = cards;
		this.forms = forms;
		this.leads = leads;
		this.limits = limits;
		this.visits = visits;
	}

	@PostMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/connect")
	String connect(@PathVariable String slug, LeadRequest lead, HttpServletRequest request,
			HttpServletResponse response, @ModelAttribute("ui") Ui ui, Model model) {
		Card card = card(cards, forms, slug);
		try {
			capture(card, lead, ui.locale(), request);
			response.setStatus(HttpStatus.SEE_OTHER.value());
			response.setHeader("Location", "/" + slug + "/connect/thanks");
			return null;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Ui refused = ui.withErrors(e.violations());
			model.addAttribute("ui", refused);
			LeadSettings settings = forms.of(card.getId());
			model.addAttribute("page", new ConnectPage(slug, card.displayName(),
					ConnectForm.of(slug, settings, leads.consentText(settings, ui.locale()), lead)));
			return "leads/connect";
		}
	}

	@GetMapping("/{slug:[a-z0-9][a-z0-9-]{1,38}[a-z0-9]}/connect/thanks")
	String thanks(@PathVariable String slug, Model model, HttpServletResponse response) {
		Card card = card(cards, forms, slug);
		response.setHeader("Cache-Control", "no-store");
		model.addAttribute("page", new ConnectPage(slug, card.displayName(), null));
		return "leads/thanks";
	}

	/** Stores a lead, one of a limited number per client address; a bot's (the hidden field filled in) is dropped. */
	Long capture(Card card, LeadRequest lead, java.util.Locale locale, HttpServletRequest request) {
		var attempt = limits.attempt(Limit.LEAD, Key.ip(request));
		if (!attempt.allowed()) {
			throw new TooManyRequestsException(Violation.of("email", "leads.tooMany"), attempt.retryAfter());
		}
		if (lead.fromBot()) {
			return null;
		}
		return leads.capture(card, lead, locale, visits.of(card.getId(), request).orElse(null));
	}

	/** A published card at this slug whose form is on; else 404, as for an unknown slug. */
	static Card card(CardManagement cards, LeadForms forms, String slug) {
		return cards.findLive(slug)
			.filter(c -> forms.of(c.getId()).enabled())
			.orElseThrow(() -> new NotFoundException("Leads"));
	}
}
