package red.cardinal.analytics.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.analytics.Analytics;
import red.cardinal.analytics.Stats;
import red.cardinal.card.CardManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** A card's stats as JSON: totals, a series by day or hour, top links and referrers. */
@RestController
@Tag(name = "Stats")
class StatsApiController {

	private final Stats stats;
	private final CardManagement cards;
	private final Analytics analytics;

	StatsApiController(Stats stats, CardManagement cards, Analytics analytics) {
		this.analytics = analytics;
		this.stats = stats;
		this.cards = cards;
	}

	/** Days are the owner's (the card's booking zone, or UTC), both inclusive; the last 30 by default. */
	@GetMapping("/api/v1/cards/{id}/stats")
	Stats.Report card(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(defaultValue = "day") String interval) {
		LocalDate today = LocalDate.now(analytics.zone(cards.get(owner.accountId(), id)));
		return stats.card(owner.accountId(), id, date("from", from, today.minusDays(29)), date("to", to, today), interval);
	}

	static LocalDate date(String field, String text, LocalDate fallback) {
		try {
			return text == null || text.isBlank() ? fallback : LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(Violation.of(field, "stats.date"));
		}
	}
}
