package red.cardinal.store.web;

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
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.card.CardPreviews;
import red.cardinal.card.SectionScreens;
import red.cardinal.card.Phone;
import red.cardinal.store.StoreSettings;
import red.cardinal.store.Storefronts;
import red.cardinal.web.JsonBodies;
import red.cardinal.web.Ui;

/** The owner's screen for whether a card's store is open, which number takes its orders, and its currency. */
@Controller
class StoreSettingsController {

	private final CardManagement cards;
	private final Storefronts storefronts;
	private final JsonBodies json;
	private final StorePagePart part;
	private final CardPreviews previews;

	StoreSettingsController(CardManagement cards, Storefronts storefronts, JsonBodies json, StorePagePart part,
			CardPreviews previews) {
		this.cards = cards;
		this.part = part;
		this.previews = previews;
		this.storefronts = storefronts;
		this.json = json;
	}

	@GetMapping("/dashboard/cards/{id}/store")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String saved, Model model) {
		Card card = cards.get(owner.accountId(), id);
		var form = new StoreSettingsForm();
		form.setStore(StoreRow.of(storefronts.of(id)));
		form.setVersion(card.versionTag());
		return page(card, form, saved != null ? "editor.saved" : null, model);
	}

	@PostMapping("/dashboard/cards/{id}/store")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") StoreSettingsForm form, Locale locale, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		Card card = cards.get(owner.accountId(), id);
		String notice = SectionScreens.save(() -> cards.changeSection(owner.accountId(), id, "store",
				json.tree(form.getStore().toSettings()), locale, form.getVersion()), ui, model, response, form::setVersion);
		return notice == null ? "redirect:/dashboard/cards/" + id + "/store?saved" : page(card, form, notice, model);
	}

	/** The card with its store as set here, checked like a save but not saved, in the preview frame. */
	@PostMapping("/dashboard/cards/{id}/store/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") StoreSettingsForm form, Locale locale, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Card card = cards.get(owner.accountId(), id);
		return SectionScreens.preview(card, () -> {
			StoreSettings store = cards.draftSection(owner.accountId(), id, "store",
					json.tree(form.getStore().toSettings()), locale, StoreSettings.class);
			return store == null ? null : part.drafted(store);
		}, previews, ui, request, response, model);
	}

	private String page(Card card, StoreSettingsForm form, String notice, Model model) {
		var numbers = card.getPhones().stream().filter(Phone::whatsapp).map(Phone::number).toList();
		model.addAttribute("page", new StoreSettingsPage(card.getId(), form, numbers, notice));
		return "store/settings";
	}
}
