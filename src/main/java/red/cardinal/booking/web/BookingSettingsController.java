package red.cardinal.booking.web;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
import red.cardinal.booking.BookingSettings;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardPreviews;
import red.cardinal.card.SectionScreens;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.JsonBodies;
import red.cardinal.web.Ui;

/** The owner's screen for when visitors may book them on one card: hours, dates and types as rows. */
@Controller
class BookingSettingsController {

	private final CardManagement cards;
	private final Availability availability;
	private final JsonBodies json;
	private final BookingPagePart part;
	private final CardPreviews previews;

	BookingSettingsController(CardManagement cards, Availability availability, JsonBodies json, BookingPagePart part,
			CardPreviews previews) {
		this.cards = cards;
		this.part = part;
		this.previews = previews;
		this.availability = availability;
		this.json = json;
	}

	@GetMapping("/dashboard/cards/{id}/booking")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String saved, @ModelAttribute("ui") Ui ui, Model model) {
		Card card = cards.get(owner.accountId(), id);
		var form = new BookingSettingsForm();
		form.setBooking(BookingRow.of(availability.of(id), ui.t("editor.booking.type.first")));
		form.setVersion(card.versionTag());
		model.addAttribute("page", BookingSettingsPage.of(id, form, saved != null ? "editor.saved" : null, ui.locale()));
		return "booking/settings";
	}

	@PostMapping("/dashboard/cards/{id}/booking")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") BookingSettingsForm form, @RequestParam(defaultValue = "save") String action,
			Locale locale, @ModelAttribute("ui") Ui ui, Model model, HttpServletResponse response) {
		cards.get(owner.accountId(), id);
		form.getBooking().normalise();
		if (!"save".equals(action)) {
			form.apply(action);
			model.addAttribute("page", BookingSettingsPage.of(id, form, "editor.booking.unsaved", ui.locale()));
			return "booking/settings";
		}
		String notice = SectionScreens.save(() -> change(owner, id, form, locale), ui, model, response, form::setVersion);
		if (notice == null) {
			return "redirect:/dashboard/cards/" + id + "/booking?saved";
		}
		model.addAttribute("page", BookingSettingsPage.of(id, form, notice, ui.locale()));
		return "booking/settings";
	}

	/** The card with its appointments as set here, checked like a save but not saved, in the preview frame. */
	@PostMapping("/dashboard/cards/{id}/booking/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") BookingSettingsForm form, Locale locale, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Card card = cards.get(owner.accountId(), id);
		form.getBooking().normalise();
		return SectionScreens.preview(card, () -> {
			BookingSettings settings = cards.draftSection(owner.accountId(), id, "booking",
					json.tree(form.getBooking().toSettings()), locale, BookingSettings.class);
			return settings == null ? null : part.drafted(settings);
		}, previews, ui, request, response, model);
	}

	private void change(AccountPrincipal owner, long id, BookingSettingsForm form, Locale locale) {
		try {
			cards.changeSection(owner.accountId(), id, "booking", json.tree(form.getBooking().toSettings()), locale,
					form.getVersion());
		}
		catch (InvalidInputException e) {
			throw new InvalidInputException(onScreen(e.violations(), locale));
		}
	}

	/**
	 * The API's violations as this screen shows them: a type's key is a hidden field, so its error
	 * goes to the type's name; a weekday is named in the owner's language, not as {@code MONDAY}.
	 */
	static List<Violation> onScreen(List<Violation> violations, Locale locale) {
		var shown = new ArrayList<Violation>();
		for (Violation v : violations) {
			String field = v.field().matches("booking\\.types\\[\\d+]\\.key") ? v.field().replace(".key", ".name") : v.field();
			var args = new ArrayList<Object>(v.args());
			if (!args.isEmpty() && (v.code().equals("booking.time.overlap") || v.code().equals("booking.weekly.tooMany"))) {
				args.set(0, DayOfWeek.valueOf(args.get(0).toString()).getDisplayName(TextStyle.FULL, locale));
			}
			shown.add(new Violation(field, v.code(), args));
		}
		return shown;
	}
}
