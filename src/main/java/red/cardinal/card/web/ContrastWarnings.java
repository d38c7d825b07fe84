package red.cardinal.card.web;

import java.util.List;

import red.cardinal.design.DesignValidation;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.web.Ui;

/** The editor's contrast warnings for the colours in a form, in words: on the page, and live while a colour is picked. */
final class ContrastWarnings {

	private ContrastWarnings() {
	}

	/** Each colour that reads poorly, with the nearest that passes; none while the design itself is invalid. */
	static List<CardEditorPage.Warning> of(CardForm form, Ui ui) {
		try {
			return DesignValidation.validate(form.getDesign().toDesign(), "design.").contrastWarnings().stream()
				.map(w -> {
					String color = w.field().substring("colors.".length());
					return new CardEditorPage.Warning(color, ui.t("design.contrast.warning",
							ui.t("design.color." + color), w.ratio(), w.required()), w.suggestion());
				})
				.toList();
		}
		catch (InvalidInputException e) {
			return List.of();
		}
	}
}
