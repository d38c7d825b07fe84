package red.cardinal.booking.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.booking.Availability;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.SectionScreens;
import red.cardinal.web.JsonBodies;
import red.cardinal.web.Ui;

/** The owner's screen for when visitors may book them on one card. */
@Controller
class BookingSettingsController {

	private final CardManagement cards;
	private final Availability availability;
	private final JsonBodies json;

	BookingSettingsController(CardManagement cards, Availability availability, JsonBodies json) {
		this.cards = cards;
		this.availability = availability;
		this.json = json;
	}

	@GetMapping("/dashboard/cards/{id}/booking")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String saved, Model model) {
		Card card = cards.get(owner.accountId(), id);
		var form = new BookingSettingsForm();
		form.setBooking(BookingRow.of(availability.of(id)));
		form.setVersion(card.versionTag());
		model.addAttribute("page", new BookingSettingsPage(id, form, saved != null ? "editor.saved" : null));
		return "booking/settings";
	}

	@PostMapping("/dashboard/cards/{id}/booking")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") BookingSettingsForm form, Locale locale, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		String notice = SectionScreens.save(() -> cards.changeSection(owner.accountId(), id, "booking",
				json.tree(form.getBooking().toSettings()), locale, form.getVersion()), ui, model, response, form::setVersion);
		if (notice == null) {
			return "redirect:/dashboard/cards/" + id + "/booking?saved";
		}
		model.addAttribute("page", new BookingSettingsPage(id, form, notice));
		return "booking/settings";
	}
}
