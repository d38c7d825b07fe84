package red.cardinal.leads.web;

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
import red.cardinal.leads.LeadForms;
import red.cardinal.leads.LeadSettings;
import red.cardinal.web.JsonBodies;
import red.cardinal.web.Ui;

/** The owner's screen for a card's "share your details" form: on or off, its fields, consent, retention, mail. */
@Controller
class LeadsSettingsController {

	private final CardManagement cards;
	private final LeadForms forms;
	private final JsonBodies json;
	private final LeadsPagePart part;
	private final CardPreviews previews;

	LeadsSettingsController(CardManagement cards, LeadForms forms, JsonBodies json, LeadsPagePart part,
			CardPreviews previews) {
		this.cards = cards;
		this.part = part;
		this.previews = previews;
		this.forms = forms;
		this.json = json;
	}

	@GetMapping("/dashboard/cards/{id}/leads")
	String edit(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String saved, @ModelAttribute("ui") Ui ui, Model model) {
		Card card = cards.get(owner.accountId(), id);
		return page(card, LeadsSettingsForm.of(forms.of(id), card.versionTag()), saved != null ? "editor.saved" : null,
				ui, model);
	}

	@PostMapping("/dashboard/cards/{id}/leads")
	String save(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") LeadsSettingsForm form, Locale locale, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		Card card = cards.get(owner.accountId(), id);
		String notice = SectionScreens.save(() -> cards.changeSection(owner.accountId(), id, "leads",
				json.tree(form.toSettings()), locale, form.getVersion()), ui, model, response, form::setVersion);
		return notice == null ? "redirect:/dashboard/cards/" + id + "/leads?saved" : page(card, form, notice, ui, model);
	}

	/** The card with its "share your details" form as set here, checked like a save but not saved, in the preview frame. */
	@PostMapping("/dashboard/cards/{id}/leads/preview")
	String preview(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@ModelAttribute("form") LeadsSettingsForm form, Locale locale, @ModelAttribute("ui") Ui ui,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		Card card = cards.get(owner.accountId(), id);
		return SectionScreens.preview(card, () -> {
			LeadSettings settings = cards.draftSection(owner.accountId(), id, "leads", json.tree(form.toSettings()),
					locale, LeadSettings.class);
			return settings == null ? null : part.drafted(settings);
		}, previews, ui, request, response, model);
	}

	private String page(Card card, LeadsSettingsForm form, String notice, Ui ui, Model model) {
		model.addAttribute("page", new LeadsSettingsPage(card.getId(), form, LeadSettings.FIELDS,
				ui.t("leads.consent.default"), notice));
		return "leads/settings";
	}
}
