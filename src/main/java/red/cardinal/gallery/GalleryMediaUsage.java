package red.cardinal.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.media.MediaUsage;

/** Galleries show the owner's uploads. */
@Component
class GalleryMediaUsage implements MediaUsage {

	private final Galleries galleries;
	private final CardManagement cards;
	private final MediaManagement media;

	GalleryMediaUsage(Galleries galleries, CardManagement cards, MediaManagement media) {
		this.galleries = galleries;
		this.cards = cards;
		this.media = media;
	}

	@Override
	public List<String> usesOf(long ownerId, String key) {
		Map<Long, String> slugs = cards.list(ownerId).stream().collect(Collectors.toMap(Card::getId, Card::getSlug));
		var uses = new ArrayList<String>();
		galleries.cardsShowing(List.copyOf(slugs.keySet()), uploads(ownerId, key)).stream().map(slugs::get).sorted()
			.forEach(slug -> uses.add("the gallery of /" + slug));
		return uses;
	}

	@Override
	public void release(long ownerId, String key) {
		List<Long> uploads = uploads(ownerId, key);
		var owned = cards.list(ownerId).stream().map(Card::getId).toList();
		for (long card : galleries.cardsShowing(owned, uploads)) {
			galleries.remove(card, uploads);
			cards.sectionChanged(card);
		}
	}

	private List<Long> uploads(long ownerId, String key) {
		return media.list(ownerId).stream().filter(m -> m.key().equals(key)).map(MediaItem::id).toList();
	}
}
