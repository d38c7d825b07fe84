package red.cardinal.gallery;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each card's gallery, in its own table, in the owner's order. */
@Service
public class Galleries {

	private final JdbcClient jdbc;

	Galleries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A card's gallery; empty when it has none (or is not stored yet). */
	@Transactional(readOnly = true)
	public List<GalleryItem> of(Long cardId) {
		if (cardId == null) {
			return List.of();
		}
		return jdbc.sql("select type, media_id, video_url, caption, alt from gallery_items where card_id = ? order by position")
			.param(cardId)
			.query((rs, n) -> new GalleryItem(rs.getString(1), rs.getObject(2, Long.class), rs.getString(3),
					rs.getString(4), rs.getString(5)))
			.list();
	}

	/** Replaces a card's gallery with checked items, in the card's transaction. */
	void save(long cardId, List<GalleryItem> items) {
		jdbc.sql("delete from gallery_items where card_id = ?").param(cardId).update();
		for (int i = 0; i < items.size(); i++) {
			GalleryItem g = items.get(i);
			jdbc.sql("insert into gallery_items (card_id, position, type, media_id, video_url, caption, alt) "
					+ "values (?, ?, ?, ?, ?, ?, ?)")
				.params(cardId, i, g.type(), g.mediaId(), g.videoUrl(), g.caption(), g.alt())
				.update();
		}
	}

	/** Cards of these whose gallery shows one of these uploads. */
	List<Long> cardsShowing(List<Long> cardIds, List<Long> mediaIds) {
		if (cardIds.isEmpty() || mediaIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select distinct card_id from gallery_items where card_id in (:cards) and media_id in (:media)")
			.param("cards", cardIds)
			.param("media", mediaIds)
			.query(Long.class)
			.list();
	}

	/** Takes these uploads out of a card's gallery; the rest keep their order. */
	void remove(long cardId, List<Long> mediaIds) {
		var kept = of(cardId).stream().filter(g -> g.mediaId() == null || !mediaIds.contains(g.mediaId())).toList();
		save(cardId, kept);
	}
}
