package red.cardinal.gallery.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
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
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardPreviews;
import red.cardinal.card.SectionScreens;
import red.cardinal.gallery.Galleries;
import red.cardinal.gallery.GalleryItem;
import red.cardinal.media.ImageUploads;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.JsonBodies;
import red.cardinal.web.Ui;

/** The owner's screen for a card's gallery: images uploaded right there or picked from their uploads, and video links, in their order. */
@Controller
class GalleryController {

	private final CardManagement cards;
	private final Galleries galleries;
	private final MediaManagement media;
	private final JsonBodies json;
	private final GalleryPagePart part;
	private final CardPreviews previews;

	GalleryController(CardManagement cards, Galleries galleries, MediaManagement media, JsonBodies json,
			GalleryPagePart part, CardPreviews previews) {
		this.cards = cards;
		this.part = part;
		this.previews = previews;
		this.galleries = galleries;
		this.media = media;
		this.json = json;
	}

	@GetMapping("/dashboard/cards/{id}/gallery")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String saved, @ModelAttribute("ui") Ui ui, Model model) {
		Card card = cards.get(owner.accountId(), id);
		return page(card, GalleryForm.of(galleries.of(id), card.versionTag()), saved != null ? "editor.saved" : null,
				ui, model);
	}

	/**
	 * Uploads images (several at once; the upload script sends them one a post) and adds them to the
	 * end of the saved gallery, saving it; a refused file is said next to the upload's field.
	 */
	@PostMapping("/dashboard/cards/{id}/gallery/images")
	String upload(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, Locale locale,
			@ModelAttribute("ui") Ui ui, Model model, HttpServletResponse response) throws IOException {
		Card card = cards.get(owner.accountId(), id);
		try {
			var uploads = ImageUploads.of(files);
			var items = new ArrayList<>(galleries.of(id));
			for (var upload : uploads) {
				items.add(new GalleryItem("image", media.storeImage(owner.accountId(), upload).id(), null, null, null));
			}
			cards.changeSection(owner.accountId(), id, "gallery", json.tree(items), locale,
					cards.get(owner.accountId(), id).versionTag());
			return "redirect:/dashboard/cards/" + id + "/gallery?saved";
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Ui refused = ui.withErrors(e.violations().stream()
				.map(v -> Violation.of("file", v.code(), v.args().toArray()))
				.toList());
			model.addAttribute("ui", refused);
			return page(card, GalleryForm.of(galleries.of(id), card.versionTag()), null, refused, model);
		}
	}

	@PostMapping("/dashboard/cards/{id}/gallery")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") GalleryForm form, @RequestParam(defaultValue = "save") String action,
			Locale locale, @ModelAttribute("ui") Ui ui, Model model, HttpServletResponse response) {
		Card card = cards.get(owner.accountId(), id);
		if (!"save".equals(action)) {
			form.apply(action);
			return page(card, form, "editor.unsaved", ui, model);
		}
		String notice = SectionScreens.save(() -> cards.changeSection(owner.accountId(), id, "gallery",
				json.tree(form.toItems()), locale, form.getVersion()), ui, model, response, form::setVersion);
		return notice == null ? "redirect:/dashboard/cards/" + id + "/gallery?saved"
				: page(card, form, notice, (Ui) model.getAttribute("ui"), model);
	}

	/** The card with its gallery as typed, checked like a save but not saved, in the preview frame. */
	@PostMapping("/dashboard/cards/{id}/gallery/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") GalleryForm form, Locale locale, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Card card = cards.get(owner.accountId(), id);
		return SectionScreens.preview(card, () -> {
			List<?> items = cards.draftSection(owner.accountId(), id, "gallery", json.tree(form.toItems()), locale,
					List.class);
			return items == null ? null : part.drafted(items.stream().map(GalleryItem.class::cast).toList());
		}, previews, ui, request, response, model);
	}

	private String page(Card card, GalleryForm form, String notice, Ui ui, Model model) {
		var uploads = media.list(card.getOwnerId()).stream()
			.map(m -> m.choice(ui))
			.toList();
		model.addAttribute("page", new GalleryPage(card.getId(), form, uploads, notice));
		return "gallery/settings";
	}
}
