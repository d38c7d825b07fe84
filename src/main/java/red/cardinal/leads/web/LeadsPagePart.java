package red.cardinal.leads.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import red.cardinal.card.Card;
import red.cardinal.card.CardPagePart;
import red.cardinal.leads.LeadForms;
import red.cardinal.leads.LeadSettings;
import red.cardinal.leads.Leads;

/** "Share your details" on a card's page: a plain form that posts to {@code /{slug}/connect}, no script. */
@Component
class LeadsPagePart implements CardPagePart {

	private final LeadForms forms;
	private final Leads leads;
	private final TemplateEngine templates;

	LeadsPagePart(LeadForms forms, Leads leads, TemplateEngine templates) {
		this.forms = forms;
		this.leads = leads;
		this.templates = templates;
	}

	@Override
	public String key() {
		return "leads";
	}

	@Override
	public Content render(Card card, Visit visit) {
		return render(card, visit, forms.of(card.getId()));
	}

	/** The part as these settings, checked but not saved, would show it: the leads screen's preview. */
	CardPagePart drafted(LeadSettings settings) {
		return CardPagePart.of(key(), (card, visit) -> render(card, visit, settings));
	}

	private Content render(Card card, Visit visit, LeadSettings settings) {
		if (!settings.enabled()) {
			return null;
		}
		var form = ConnectForm.of(card.getSlug(), settings, leads.consentText(settings, visit.ui().locale()), null);
		return output -> templates.render("leads/part.jte", Map.of("ui", visit.ui(), "form", form), output);
	}
}
