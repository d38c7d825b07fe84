package red.cardinal.card;

import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.PreconditionFailedException;
import red.cardinal.web.Ui;

/** What every section's screen does with a save, so that they all answer alike. */
public final class SectionScreens {

	private SectionScreens() {
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
