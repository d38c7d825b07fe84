package red.cardinal.card;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.ui.Model;

import red.cardinal.web.Ui;

/**
 * Shows a card as a visitor would see it, for cards not saved yet (the editor's live preview).
 * The public page's module provides it, so the editor needs no knowledge of how pages are built.
 */
public interface CardPreviews {

	/** Fills the model (and the headers the page needs) and returns the view that renders the card. */
	default String render(Card card, Ui ui, HttpServletRequest request, HttpServletResponse response, Model model) {
		return render(card, null, ui, request, response, model);
	}

	/**
	 * The same, with one section's part as {@code draft} renders it (a section screen's settings as
	 * typed) in place of the part of the same key; null for none. The section's place on the page
	 * follows the card's design, whether or not its saved settings show anything.
	 */
	String render(Card card, CardPagePart draft, Ui ui, HttpServletRequest request, HttpServletResponse response,
			Model model);
}
