package red.cardinal.card.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.media.PhotoCrop;
import red.cardinal.shared.NotFoundException;
import red.cardinal.card.Card;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardJson;
import red.cardinal.card.CardManagement;
import red.cardinal.web.JsonBodies;
import red.cardinal.web.PublicUrls;

/**
 * The owner's cards as JSON. Another owner's card id answers 404, exactly like an unknown one. A
 * card carries its sections' settings too (under each section's name), and its version as an ETag:
 * a change sent with {@code If-Match} of an older version is refused with 412.
 */
@RestController
@RequestMapping("/api/v1/cards")
@Tag(name = "Cards")
class CardApiController {

	private static final String CARD_BODY = "The person's fields, and optionally each section's settings under the section's name "
			+ "(gallery, store, booking…), as GET /api/v1/cards/{id}/sections/{name} returns them";

	private final CardManagement cards;
	private final PublicUrls urls;
	private final JsonBodies bodies;

	CardApiController(CardManagement cards, PublicUrls urls, JsonBodies bodies) {
		this.cards = cards;
		this.urls = urls;
		this.bodies = bodies;
	}

	@GetMapping
	List<CardJson> list(@AuthenticationPrincipal AccountPrincipal owner) {
		return cards.list(owner.accountId()).stream().map(this::json).toList();
	}

	@PostMapping
	ResponseEntity<CardJson> create(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(description = CARD_BODY, content = @Content(schema = @Schema(implementation = CardDetails.class, additionalProperties = Schema.AdditionalPropertiesValue.TRUE))) JsonNode body,
			Locale locale) {
		Card card = cards.create(owner.accountId(), bodies.read(body, CardDetails.class, null), sections(body), locale);
		return ResponseEntity.created(URI.create("/api/v1/cards/" + card.getId())).eTag(card.versionTag())
			.body(json(card));
	}

	@GetMapping("/{id}")
	ResponseEntity<CardJson> get(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return answer(cards.get(owner.accountId(), id));
	}

	@PutMapping("/{id}")
	@ApiResponse(responseCode = "412", description = "the card changed since the version in If-Match; nothing was changed")
	ResponseEntity<CardJson> update(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(description = CARD_BODY, content = @Content(schema = @Schema(implementation = CardDetails.class, additionalProperties = Schema.AdditionalPropertiesValue.TRUE))) JsonNode body,
			@Parameter(description = "the card's ETag as last read; without it the change is made on whatever is there")
			@RequestHeader(name = "If-Match", required = false) String ifMatch, Locale locale) {
		return answer(cards.update(owner.accountId(), id, bodies.read(body, CardDetails.class, null), sections(body),
				locale, EntityTags.expected(ifMatch)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		cards.delete(owner.accountId(), id);
	}

	@PostMapping("/{id}/photo")
	ResponseEntity<CardJson> photo(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestPart("file") MultipartFile file) throws IOException {
		return answer(cards.changePhoto(owner.accountId(), id, red.cardinal.media.ImageUploads.of(file)));
	}

	@DeleteMapping("/{id}/photo")
	ResponseEntity<CardJson> removePhoto(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return answer(cards.removePhoto(owner.accountId(), id));
	}

	/** Where the card's photo is cut from the image it was uploaded as, and that image. */
	@GetMapping("/{id}/photo/position")
	@ApiResponse(responseCode = "404", description = "the card has no photo, or one stored before photos kept what they were cut from")
	PhotoPositionJson photoPosition(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return cards.photoPosition(cards.get(owner.accountId(), id))
			.map(p -> new PhotoPositionJson(p.crop().x(), p.crop().y(), p.crop().zoom(), p.sourceUrl()))
			.orElseThrow(() -> new NotFoundException("Photo position"));
	}

	/** Cuts the card's photo again from the image it was uploaded as: it gets a new key and URL. */
	@PutMapping("/{id}/photo/position")
	@ApiResponse(responseCode = "400", description = "a value out of range (named x, y or zoom), or the card has no photo that can be placed (photo)")
	ResponseEntity<CardJson> positionPhoto(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestBody @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = PhotoPositionInput.class))) JsonNode body)
			throws IOException {
		var input = bodies.read(body, PhotoPositionInput.class, null);
		return answer(cards.positionPhoto(owner.accountId(), id, PhotoCrop.of(input.x(), input.y(), input.zoom(), "")));
	}

	/**
	 * Where a photo's square is cut: {@code x} and {@code y} place it in the space left free beside
	 * and above it (0–100, 50 is the middle), {@code zoom} in percent (100–300; 100 is the whole
	 * shorter side).
	 */
	record PhotoPositionInput(Integer x, Integer y, Integer zoom) {
	}

	/** {@link PhotoPositionInput}'s values as they are, and the image the photo is cut from. */
	record PhotoPositionJson(int x, int y, int zoom, String source) {
	}

	/** The sections' settings in a card's body, by section name; a section left out keeps its settings. */
	private Map<String, JsonNode> sections(JsonNode body) {
		var settings = new LinkedHashMap<String, JsonNode>();
		for (var section : cards.sections()) {
			JsonNode node = body.get(section.name());
			if (node != null && !node.isNull()) {
				settings.put(section.name(), node);
			}
		}
		return settings;
	}

	private ResponseEntity<CardJson> answer(Card card) {
		return ResponseEntity.ok().eTag(card.versionTag()).body(json(card));
	}

	private CardJson json(Card card) {
		return CardJson.of(card, urls.of("/" + card.getSlug()), cards.photoUrl(card), cards.sectionSettings(card));
	}
}
