package red.cardinal.booking.web;

import java.util.Map;

import org.springframework.stereotype.Component;

import gg.jte.Content;
import gg.jte.TemplateEngine;

import red.cardinal.booking.Availability;
import red.cardinal.booking.BookingSettings;
import red.cardinal.card.Card;
import red.cardinal.card.CardPagePart;

/** The appointment types on a card's page, with the way to book one. */
@Component
class BookingPagePart implements CardPagePart {

	private final Availability availability;
	private final TemplateEngine templates;

	BookingPagePart(Availability availability, TemplateEngine templates) {
		this.availability = availability;
		this.templates = templates;
	}

	@Override
	public String key() {
		return "booking";
	}

	@Override
	public Content render(Card card, Visit visit) {
		return render(card, visit, availability.of(card.getId()));
	}

	/** The part as these settings, checked but not saved, would show it: the appointments screen's preview. */
	CardPagePart drafted(BookingSettings settings) {
		return CardPagePart.of(key(), (card, visit) -> render(card, visit, settings));
	}

	private Content render(Card card, Visit visit, BookingSettings settings) {
		if (!settings.enabled() || settings.types().isEmpty()) {
			return null;
		}
		var part = new BookingPart("/" + card.getSlug() + "/book",
				settings.types().stream().map(t -> t.name() + " · " + t.minutes() + " min").toList());
		return output -> templates.render("booking/part.jte", Map.of("ui", visit.ui(), "part", part), output);
	}
}
