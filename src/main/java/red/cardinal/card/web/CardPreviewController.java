package red.cardinal.card.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardPreviews;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.web.Ui;

/**
 * The editor's live preview: a screen's form (merged into the saved card, {@link EditorScreen#merge}), posted into the preview frame, shows the card
 * as it would look saved, without saving it. While some field is invalid the preview shows the
 * rest as typed and that field as saved ({@link PreviewDetails}), so the owner sees every other
 * change at once. The contrast warnings follow the colours the same way.
 */
@Controller
class CardPreviewController {

	private final CardManagement cards;
	private final CardPreviews previews;

	CardPreviewController(CardManagement cards, CardPreviews previews) {
		this.cards = cards;
		this.previews = previews;
	}

	@PostMapping("/dashboard/cards/{id}/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") CardForm form, @RequestParam(required = false) String screen, Locale locale,
			@ModelAttribute("ui") Ui ui, HttpServletRequest request, HttpServletResponse response, Model model) {
		CardForm whole = EditorScreen.of(screen).merge(form, CardForm.saved(cards.get(owner.accountId(), id)));
		Card card = draft(owner.accountId(), id, whole.toDetails(), locale);
		return previews.render(card, ui, request, response, model);
	}

	/** The contrast warnings for the colours as they are being picked, before anything is saved. */
	@PostMapping("/dashboard/cards/{id}/warnings")
	String warnings(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") CardForm form, @ModelAttribute("ui") Ui ui, Model model) {
		cards.get(owner.accountId(), id);
		model.addAttribute("cardId", id);
		model.addAttribute("warnings", ContrastWarnings.of(form, ui));
		return "card/warnings";
	}

	private Card draft(long owner, long id, CardDetails details, Locale locale) {
		try {
			return cards.draft(owner, id, details, locale);
		}
		catch (InvalidInputException e) {
			CardDetails saved = CardDetails.of(cards.get(owner, id));
			try {
				return cards.draft(owner, id, PreviewDetails.of(details, saved, e.violations()), locale);
			}
			catch (InvalidInputException stillInvalid) {
				try {
					return cards.draft(owner, id, withDesign(saved, details), locale);
				}
				catch (InvalidInputException designInvalid) {
					return cards.get(owner, id);
				}
			}
		}
	}

	private static CardDetails withDesign(CardDetails d, CardDetails from) {
		return d.toBuilder().design(from.design()).build();
	}
}
