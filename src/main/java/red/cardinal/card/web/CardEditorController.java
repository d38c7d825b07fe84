package red.cardinal.card.web;

import java.io.IOException;
import java.util.Arrays;
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
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.design.BrandDesigns;
import red.cardinal.design.Design;
import red.cardinal.design.Font;
import red.cardinal.design.Theme;
import red.cardinal.media.ImageUploads;
import red.cardinal.media.MediaManagement;
import red.cardinal.media.PhotoCrop;
import red.cardinal.shared.Countries;
import red.cardinal.shared.PhoneNumber;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.PreconditionFailedException;
import red.cardinal.shared.Violation;
import red.cardinal.web.MediaChoice;
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
	private final BrandDesigns brands;

	CardEditorController(CardManagement cards, MediaManagement media, PublicUrls urls, BrandDesigns brands) {
		this.cards = cards;
		this.media = media;
		this.urls = urls;
		this.brands = brands;
	}

	@GetMapping("/dashboard/cards/{id}")
	String overview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String created, @RequestParam(required = false) String saved,
			Model model) {
		return edit(owner, id, EditorScreen.OVERVIEW, created, saved, model);
	}

	@GetMapping("/dashboard/cards/{id}/{screen:profile|contact|links|services|design}")
	String screen(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable String screen,
			@RequestParam(required = false) String saved, Model model) {
		return edit(owner, id, EditorScreen.of(screen), null, saved, model);
	}

	private String edit(AccountPrincipal owner, long id, EditorScreen screen, String created, String saved,
			Model model) {
		Card card = cards.get(owner.accountId(), id);
		String notice = created != null ? "editor.created" : saved == null ? null
				: "published".equals(saved) ? "editor.published" : "unpublished".equals(saved) ? "editor.unpublished"
						: "editor.saved";
		CardForm form = CardForm.saved(card);
		form.offerFirstRows();
		return page(card, screen, form, notice, ui(model), model);
	}

	/**
	 * Saves a screen's form: its own parts as submitted, the rest of the card as saved. A form without
	 * {@code screen} is the whole card. {@code next} (a screen's id) goes on to that screen once saved.
	 */
	@PostMapping("/dashboard/cards/{id}")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") CardForm submitted, @RequestParam(required = false) String screen,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String next,
			@RequestParam(required = false) String brandName, @RequestParam(required = false) Long brandId,
			Locale locale, @ModelAttribute("ui") Ui ui, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		Card card = cards.get(owner.accountId(), id);
		EditorScreen on = EditorScreen.of(screen);
		CardForm form = on.merge(submitted, CardForm.saved(card));
		if (action.startsWith("brand:")) {
			return brand(owner.accountId(), card, on, form, action, brandName, brandId, ui, model, response);
		}
		boolean publishing = "publish".equals(action) || "unpublish".equals(action);
		if (!"save".equals(action) && !publishing) {
			form.apply(action);
			return page(card, on, form, "editor.unsaved", ui, model);
		}
		if (publishing) {
			form.setPublished("publish".equals(action));
		}
		CardDetails details = form.toDetails();
		try {
			cards.update(owner.accountId(), id, details, java.util.Map.of(), locale, form.getVersion());
			String to = EditorScreen.part(next).filter(s -> !publishing).orElse(on).path(id) + "?saved"
					+ (publishing ? "=" + action + "ed" : "");
			if (request.getHeader("HX-Request") != null && !to.startsWith(on.path(id) + "?")) {
				// htmx would show the next screen under this one's address: have it load the page instead
				response.setHeader("HX-Redirect", to);
				return null;
			}
			return "redirect:" + to;
		}
		catch (InvalidInputException e) {
			// a refused publish leaves the card as it was: the next plain save must not publish it
			form.setPublished(card.isPublished());
			return refused(card, on, form, e.violations(), ui, model, response);
		}
		catch (ConflictException e) {
			form.setPublished(card.isPublished());
			return refused(card, on, form, List.of(e.violation()), ui, model, response);
		}
		catch (PreconditionFailedException e) {
			// the person's input stays, now on the current version: saving again keeps it deliberately
			response.setStatus(HttpStatus.CONFLICT.value());
			Card now = cards.get(owner.accountId(), id);
			if (publishing) {
				form.setPublished(now.isPublished());
			}
			var changed = Fingerprints.changed(form.getBase(), now).stream().map(ui::t).toList();
			form.setVersion(now.versionTag());
			form.setBase(Fingerprints.of(now));
			return page(now, on, form, "editor.changed", ui, model, changed);
		}
	}

	@PostMapping("/dashboard/cards/{id}/photo")
	String photo(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) throws IOException {
		Card card = cards.get(owner.accountId(), id);
		if (file == null || file.isEmpty()) {
			return refused(card, EditorScreen.PROFILE, CardForm.saved(card), List.of(Violation.of("file", "photo.required")), ui,
					model, response);
		}
		try {
			cards.changePhoto(owner.accountId(), id, ImageUploads.of(file));
			return "redirect:" + EditorScreen.PROFILE.path(id) + "?saved";
		}
		catch (InvalidInputException e) {
			return refused(card, EditorScreen.PROFILE, CardForm.saved(card), e.violations(), ui, model, response);
		}
	}

	/** Cuts the photo again where the owner placed it (no-JS: the sliders alone; with JS they move a live view first). */
	@PostMapping("/dashboard/cards/{id}/photo/position")
	String positionPhoto(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) Integer x, @RequestParam(required = false) Integer y,
			@RequestParam(required = false) Integer zoom, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) throws IOException {
		Card card = cards.get(owner.accountId(), id);
		try {
			cards.positionPhoto(owner.accountId(), id, PhotoCrop.of(x, y, zoom, "photo."));
			return "redirect:" + EditorScreen.PROFILE.path(id) + "?saved";
		}
		catch (InvalidInputException e) {
			return refused(card, EditorScreen.PROFILE, CardForm.saved(card), e.violations(), ui, model, response);
		}
		catch (ConflictException e) {
			Card now = cards.get(owner.accountId(), id);
			return refused(now, EditorScreen.PROFILE, CardForm.saved(now), List.of(e.violation()), ui, model, response);
		}
	}

	@PostMapping("/dashboard/cards/{id}/photo/remove")
	String removePhoto(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		cards.removePhoto(owner.accountId(), id);
		return "redirect:" + EditorScreen.PROFILE.path(id) + "?saved";
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

	/** Saves the form's design as a brand design, or puts a brand design into the form (unsaved). */
	private String brand(long owner, Card card, EditorScreen on, CardForm form, String action, String brandName, Long brandId, Ui ui,
			Model model, HttpServletResponse response) {
		if ("brand:apply".equals(action) && brandId != null) {
			Design chosen = brands.get(owner, brandId).design().withCover(form.getDesign().getCoverMediaId());
			form.setDesign(DesignRow.of(chosen));
			return page(card, on, form, "design.brand.applied", ui, model);
		}
		try {
			brands.save(owner, brandName, form.getDesign().toDesign());
			return page(card, on, form, "design.brand.saved", ui, model);
		}
		catch (InvalidInputException e) {
			var violations = e.violations().stream()
				.map(v -> "name".equals(v.field()) ? new Violation("brandName", v.code(), v.args()) : v)
				.toList();
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			Ui refused = ui.withErrors(violations);
			model.addAttribute("ui", refused);
			return page(card, on, form, "editor.invalid", refused, model);
		}
	}

	private String refused(Card card, EditorScreen on, CardForm submitted, List<Violation> violations, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		Ui refused = ui.withErrors(violations);
		model.addAttribute("ui", refused);
		return page(card, on, submitted, "editor.invalid", refused, model);
	}

	private static Ui ui(Model model) {
		return (Ui) model.getAttribute("ui");
	}

	private String page(Card card, EditorScreen screen, CardForm form, String notice, Ui ui, Model model) {
		return page(card, screen, form, notice, ui, model, List.of());
	}

	private String page(Card card, EditorScreen screen, CardForm form, String notice, Ui ui, Model model,
			List<String> changedElsewhere) {
		boolean design = screen.shows("design");
		var uploads = !design ? List.<MediaChoice>of() : media.list(card.getOwnerId()).stream().map(m -> m.choice(ui)).toList();
		var themes = !design ? List.<CardEditorPage.Option>of() : Arrays.stream(Theme.values())
			.map(t -> new CardEditorPage.Option(t.id(), t.displayName(),
					t.palette().accent() + " " + t.palette().background() + " " + t.palette().text()))
			.toList();
		var fonts = !design ? List.<CardEditorPage.Option>of()
				: Arrays.stream(Font.values()).map(f -> new CardEditorPage.Option(f.id(), f.displayName())).toList();
		var brandOptions = !design ? List.<CardEditorPage.Option>of() : brands.list(card.getOwnerId()).stream()
			.map(b -> new CardEditorPage.Option(Long.toString(b.id()), b.name()))
			.toList();
		var sections = cards.sections().stream()
			.map(s -> new CardEditorPage.SectionLink(ui.t(s.titleKey()), s.editorPath(card.getId())))
			.toList();
		model.addAttribute("page", new CardEditorPage(card.getId(), screen, form, cards.photoUrl(card),
				screen.shows("slug") ? cards.photoPosition(card).map(p -> new CardEditorPage.PhotoPosition(p.sourceUrl(),
						p.crop().x(), p.crop().y(), p.crop().zoom())).orElse(null) : null,
				urls.of("/" + card.getSlug()), card.getSlug(), card.isPublished(), notice, uploads, themes, fonts,
				brandOptions, screen.shows("phones") ? countries(ui.locale()) : List.of(),
				design ? ContrastWarnings.of(form, ui) : List.of(),
				form.getVersion() != null ? form.getVersion() : card.versionTag(), steps(card, ui), sections,
				changedElsewhere));
		return "card/editor";
	}

	/** The card's parts as the overview lists them: what each holds, and whether the guide counts it done. */
	private List<CardEditorPage.Step> steps(Card card, Ui ui) {
		CardDetails d = CardDetails.of(card);
		String work = d.jobTitle() == null ? "" : " · " + d.jobTitle();
		Design design = d.design() == null ? Design.DEFAULT : d.design();
		return List.of(
				step(card, EditorScreen.PROFILE, ui, card.displayName() + work, cards.photoUrl(card) != null),
				step(card, EditorScreen.CONTACT, ui, ui.t("editor.summary.contact", d.phones().size(), d.emails().size()),
						!d.phones().isEmpty() || !d.emails().isEmpty()),
				step(card, EditorScreen.LINKS, ui, ui.t("editor.summary.links", d.links().size()), !d.links().isEmpty()),
				step(card, EditorScreen.SERVICES, ui, ui.t("editor.summary.services", d.services().size()),
						!d.services().isEmpty()),
				step(card, EditorScreen.DESIGN, ui, Theme.of(design.theme()).map(Theme::displayName).orElse(design.theme()),
						!design.equals(Design.DEFAULT)));
	}

	private static CardEditorPage.Step step(Card card, EditorScreen screen, Ui ui, String summary, boolean done) {
		return new CardEditorPage.Step(screen.id(), ui.t(screen.titleKey()), screen.path(card.getId()), summary, done);
	}

	/** Every country by its name in the owner's language, with its calling code: "España (+34)". */
	private static List<CardEditorPage.Option> countries(Locale language) {
		var collator = java.text.Collator.getInstance(language);
		return Countries.codes().stream()
			.filter(code -> PhoneNumber.callingCode(code) > 0)
			.map(code -> new CardEditorPage.Option(code,
					new Locale.Builder().setRegion(code).build().getDisplayCountry(language) + " (+" + PhoneNumber.callingCode(code) + ")"))
			.sorted((a, b) -> collator.compare(a.label(), b.label()))
			.toList();
	}
}
