package red.cardinal.card;

import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.PreconditionFailedException;
import red.cardinal.web.Ui;

/** What every section's screen does with a save and a preview, so that they all answer alike. */
public final class SectionScreens {

	private SectionScreens() {
	}

	/**
	 * A section screen's live preview: the saved card with the section's part as {@code draft} makes
	 * it (from the settings as typed, checked by {@link CardManagement#draftSection}, never saved). While
	 * they are invalid, or when {@code draft} gives null, the preview shows the section as saved.
	 */
	public static String preview(Card card, Supplier<CardPagePart> draft, CardPreviews previews, Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		CardPagePart part;
		try {
			part = draft.get();
		}
		catch (InvalidInputException e) {
			part = null;
		}
		return previews.render(card, part, ui, request, response, model);
	}

	/**
	 * Makes the change (usually {@link CardManagement#changeSection}).
	 * @return null when it was saved; else the notice to show the form again with: refused (400, the
	 *     errors next to their fields through the model's {@code ui}), or changed elsewhere meanwhile
	 *     (409, the form's version moved on to the current one, so a second save keeps the input)
	 */
	public static String save(Runnable change, Ui ui, Model model, HttpServletResponse response,
			Consumer<String> currentVersion) {
		try {
			change.run();
			return null;
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ui", ui.withErrors(e.violations()));
			return "editor.invalid";
		}
		catch (PreconditionFailedException e) {
			response.setStatus(HttpStatus.CONFLICT.value());
			currentVersion.accept(e.current());
			return "section.changed";
		}
	}
}
