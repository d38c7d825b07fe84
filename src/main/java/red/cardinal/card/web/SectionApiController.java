package red.cardinal.card.web;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;

/**
 * One section's settings of an owner's card ({@code booking}, {@code store}, {@code gallery}…), in
 * the same JSON as under the section's name in the card. The ETag is the card's version: a change
 * sent with {@code If-Match} of an older one is refused with 412 and changes nothing.
 */
@RestController
@RequestMapping("/api/v1/cards/{id}/sections/{section:[a-z]{1,30}}")
@Tag(name = "Cards")
class SectionApiController {

	private final CardManagement cards;

	SectionApiController(CardManagement cards) {
		this.cards = cards;
	}

	@GetMapping
	@Operation(summary = "A section's settings of a card (the same JSON as under its name in the card)")
	ResponseEntity<Object> get(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@PathVariable String section) {
		Card card = cards.get(owner.accountId(), id);
		return ResponseEntity.ok().eTag(card.versionTag()).body(cards.sectionSettings(card, section));
	}

	@PutMapping
	@ApiResponse(responseCode = "412", description = "the card changed since the version in If-Match; nothing was changed")
	@Operation(summary = "Replaces a section's settings of a card; checked against the card, all or nothing")
	ResponseEntity<Object> put(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@PathVariable String section, @RequestBody JsonNode settings,
			@Parameter(description = "the card's or section's ETag as last read")
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Locale locale) {
		Card card = cards.changeSection(owner.accountId(), id, section, settings, locale, EntityTags.expected(ifMatch));
		return ResponseEntity.ok().eTag(card.versionTag()).body(cards.sectionSettings(card, section));
	}
}
