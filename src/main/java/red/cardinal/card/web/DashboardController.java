package red.cardinal.card.web;

import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/** The owner's cards, and starting a new one. */
@Controller
class DashboardController {

	private final CardManagement cards;
	private final PublicUrls urls;

	DashboardController(CardManagement cards, PublicUrls urls) {
		this.cards = cards;
		this.urls = urls;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal AccountPrincipal owner, Model model, HttpServletRequest request) {
		return page(owner, new NewCardForm(), model, request);
	}

	@PostMapping("/dashboard/cards")
	String create(@AuthenticationPrincipal AccountPrincipal owner, @ModelAttribute("form") NewCardForm form,
			Locale locale, Model model, @ModelAttribute("ui") Ui ui, HttpServletRequest request,
			HttpServletResponse response) {
		var details = CardDetails.builder().slug(form.getSlug())
			.name(form.getName().getGiven(), form.getName().getFamily()).organization(form.getOrganization()).build();
		try {
			Card card = cards.create(owner.accountId(), details, locale);
			return "redirect:/dashboard/cards/" + card.getId() + "?created";
		}
		catch (InvalidInputException e) {
			return refused(owner, form, model, ui, e.violations(), request, response);
		}
		catch (ConflictException e) {
			return refused(owner, form, model, ui, List.of(e.violation()), request, response);
		}
	}

	private String refused(AccountPrincipal owner, NewCardForm form, Model model, Ui ui, List<Violation> violations,
			HttpServletRequest request, HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("ui", ui.withErrors(violations));
		return page(owner, form, model, request);
	}

	private String page(AccountPrincipal owner, NewCardForm form, Model model, HttpServletRequest request) {
		var entries = cards.list(owner.accountId())
			.stream()
			.map(c -> new DashboardPage.Entry(c.getId(), c.displayName(), c.getSlug(), c.isPublished(),
					urls.of("/" + c.getSlug()), cards.photoUrl(c)))
			.toList();
		model.addAttribute("page", new DashboardPage(entries, form, urls.elsewhere(request).orElse(null), urls.base()));
		return "card/dashboard";
	}
}
