package red.cardinal.gallery.web;

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
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.SectionScreens;
import red.cardinal.gallery.Galleries;
import red.cardinal.media.MediaManagement;
import red.cardinal.web.JsonBodies;
import red.cardinal.web.Ui;

/** The owner's screen for a card's gallery: images from their uploads and video links, in their order. */
@Controller
class GalleryController {

	private final CardManagement cards;
	private final Galleries galleries;
	private final MediaManagement media;
	private final JsonBodies json;

	GalleryController(CardManagement cards, Galleries galleries, MediaManagement media, JsonBodies json) {
		this.cards = cards;
		this.galleries = galleries;
		this.media = media;
		this.json = json;
	}

	@GetMapping("/dashboard/cards/{id}/gallery")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String saved, Model model) {
		Card card = cards.get(owner.accountId(), id);
		return page(card, GalleryForm.of(galleries.of(id), card.versionTag()), saved != null ? "editor.saved" : null,
				model);
	}

	@PostMapping("/dashboard/cards/{id}/gallery")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") GalleryForm form, @RequestParam(defaultValue = "save") String action,
			Locale locale, @ModelAttribute("ui") Ui ui, Model model, HttpServletResponse response) {
		Card card = cards.get(owner.accountId(), id);
		if (!"save".equals(action)) {
			form.apply(action);
			return page(card, form, "editor.unsaved", model);
		}
		String notice = SectionScreens.save(() -> cards.changeSection(owner.accountId(), id, "gallery",
				json.tree(form.toItems()), locale, form.getVersion()), ui, model, response, form::setVersion);
		return notice == null ? "redirect:/dashboard/cards/" + id + "/gallery?saved" : page(card, form, notice, model);
	}

	private String page(Card card, GalleryForm form, String notice, Model model) {
		var uploads = media.list(card.getOwnerId()).stream()
			.map(m -> new GalleryPage.MediaOption(Long.toString(m.id()), "#" + m.id() + " · " + m.width() + "×" + m.height(),
					m.url(320)))
			.toList();
		model.addAttribute("page", new GalleryPage(card.getId(), form, uploads, notice));
		return "gallery/settings";
	}
}
