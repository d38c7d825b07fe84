package red.cardinal.gallery;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import red.cardinal.card.Card;
import red.cardinal.card.CardSection;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.JsonBodies;

/** The gallery as a section of cards: {@code gallery} in the card's JSON (a list) and its own API. */
@Component
@Order(10)
class GallerySection implements CardSection {

	private final Galleries galleries;
	private final MediaManagement media;
	private final JsonBodies json;

	GallerySection(Galleries galleries, MediaManagement media, JsonBodies json) {
		this.galleries = galleries;
		this.media = media;
		this.json = json;
	}

	@Override
	public String name() {
		return "gallery";
	}

	@Override
	public String titleKey() {
		return "editor.section.gallery";
	}

	@Override
	public Object read(Card card) {
		return galleries.of(card.getId()).stream().map(GalleryJson::of).toList();
	}

	@Override
	public Write check(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		List<GalleryItem> valid = draft(card, input, locale, violations);
		return valid == null ? null : cardId -> galleries.save(cardId, valid);
	}

	@Override
	public List<GalleryItem> draft(Card card, JsonNode input, Locale locale, List<Violation> violations) {
		if (input == null) {
			return null;
		}
		if (!input.isArray()) {
			violations.add(Violation.of(name(), "error.field.invalid"));
			return null;
		}
		List<GalleryItem> items;
		try {
			items = Arrays.asList(json.convert(input, GalleryItem[].class, name()));
		}
		catch (InvalidInputException e) {
			violations.addAll(e.violations());
			return null;
		}
		var own = media.list(card.getOwnerId()).stream().map(MediaItem::id).collect(Collectors.toSet());
		return GalleryValidation.check(items, own, violations);
	}
}
