package red.cardinal.card.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardJson;
import red.cardinal.card.CardManagement;
import red.cardinal.web.PublicUrls;

/** The owner's cards as JSON. Another owner's card id answers 404, exactly like an unknown one. */
@RestController
@RequestMapping("/api/v1/cards")
@Tag(name = "Cards")
class CardApiController {

	private final CardManagement cards;
	private final PublicUrls urls;

	CardApiController(CardManagement cards, PublicUrls urls) {
		this.cards = cards;
		this.urls = urls;
	}

	@GetMapping
	List<CardJson> list(@AuthenticationPrincipal AccountPrincipal owner) {
		return cards.list(owner.accountId()).stream().map(this::json).toList();
	}

	@PostMapping
	ResponseEntity<CardJson> create(@AuthenticationPrincipal AccountPrincipal owner, @RequestBody CardDetails details,
			Locale locale) {
		Card card = cards.create(owner.accountId(), details, locale);
		return ResponseEntity.created(URI.create("/api/v1/cards/" + card.getId())).body(json(card));
	}

	@GetMapping("/{id}")
	CardJson get(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return json(cards.get(owner.accountId(), id));
	}

	@PutMapping("/{id}")
	CardJson update(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestBody CardDetails details, Locale locale) {
		return json(cards.update(owner.accountId(), id, details, locale));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		cards.delete(owner.accountId(), id);
	}

	@PostMapping("/{id}/photo")
	CardJson photo(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestPart("file") MultipartFile file) throws IOException {
		return json(cards.changePhoto(owner.accountId(), id, file::getBytes));
	}

	@DeleteMapping("/{id}/photo")
	CardJson removePhoto(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return json(cards.removePhoto(owner.accountId(), id));
	}

	private CardJson json(Card card) {
		return CardJson.of(card, urls.of("/" + card.getSlug()), cards.photoUrl(card));
	}
}
