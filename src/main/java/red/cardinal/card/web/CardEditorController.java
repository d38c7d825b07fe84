package red.cardinal.card.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.PublicUrls;
import red.cardinal.web.Ui;

/**
 * Edits one card. List buttons (add, remove, move) post the whole form with an {@code action}
 * and get it back changed but unsaved, so the editor works without JavaScript; htmx swaps just
 * the editor when it is there.
 */
@Controller
class CardEditorController {

	private final CardManagement cards;
	private final MediaManagement media;
	private final PublicUrls urls;

	CardEditorController(CardManagement cards, MediaManagement media, PublicUrls urls) {
		this.cards = cards;
		this.media = media;
		this.urls = urls;
	}

	@GetMapping("/dashboard/cards/{id}")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String created, @RequestParam(required = false) String saved,
			Model model) {
		Card card = cards.get(owner.accountId(), id);
		String notice = created != null ? "editor.created" : saved != null ? "editor.saved" : null;
		return page(card, CardForm.of(CardDetails.of(card)), notice, model);
	}

	@PostMapping("/dashboard/cards/{id}")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") CardForm form, @RequestParam(defaultValue = "save") String action, Locale locale,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletResponse response) {
		Card card = cards.get(owner.accountId(), id);
		if (!"save".equals(action)) {
			form.apply(action);
			return page(card, form, "editor.unsaved", model);
		}
		CardDetails details = form.toDetails();
		try {
			cards.update(owner.accountId(), id, details, locale);
			return "redirect:/dashboard/cards/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			return refused(card, details, e.violations(), ui, model, response);
		}
		catch (ConflictException e) {
			return refused(card, details, List.of(e.violation()), ui, model, response);
		}
	}

	@PostMapping("/dashboard/cards/{id}/photo")
	String photo(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) throws IOException {
		Card card = cards.get(owner.accountId(), id);
		if (file == null || file.isEmpty()) {
			return refused(card, CardDetails.of(card), List.of(Violation.of("file", "photo.required")), ui, model,
					response);
		}
		try {
			cards.changePhoto(owner.accountId(), id, file.getBytes());
			return "redirect:/dashboard/cards/" + id + "?saved";
		}
		catch (InvalidInputException e) {
			return refused(card, CardDetails.of(card), e.violations(), ui, model, response);
		}
	}

	@PostMapping("/dashboard/cards/{id}/photo/remove")
	String removePhoto(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		cards.removePhoto(owner.accountId(), id);
		return "redirect:/dashboard/cards/" + id + "?saved";
	}

	@GetMapping("/dashboard/cards/{id}/delete")
	String confirmDelete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, Model model) {
		Card card = cards.get(owner.accountId(), id);
		model.addAttribute("page", new DashboardPage.Entry(id, card.displayName(), card.getSlug(),
				card.isPublished(), urls.of("/" + card.getSlug())));
		return "card/delete";
	}

	@PostMapping("/dashboard/cards/{id}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		cards.delete(owner.accountId(), id);
		return "redirect:/dashboard?deleted";
	}

	private String refused(Card card, CardDetails submitted, List<Violation> violations, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("ui", ui.withErrors(violations));
		return page(card, CardForm.of(submitted), "editor.invalid", model);
	}

	private String page(Card card, CardForm form, String notice, Model model) {
		var uploads = media.list(card.getOwnerId())
			.stream()
			.map(m -> new CardEditorPage.MediaOption(Long.toString(m.id()), "#" + m.id() + " · " + m.width() + "×" + m.height(),
					media.url(m.key().replace(".jpg", "-320.jpg"))))
			.toList();
		model.addAttribute("page", new CardEditorPage(card.getId(), form, cards.photoUrl(card),
				urls.of("/" + card.getSlug()), card.getSlug(), card.isPublished(), notice, uploads));
		return "card/editor";
	}
}
