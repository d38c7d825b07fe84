package red.cardinal.card;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.media.MediaUsage;

/** Cards use media as their photo, their cover and in their gallery. */
@Component
class CardMediaUsage implements MediaUsage {

	private static final String GALLERY_CARDS = "select distinct c.id, c.slug from card_gallery g join cards c on c.id = g.card_id "
			+ "join media m on m.id = g.media_id where c.owner_id = ? and m.storage_key = ? order by c.slug";

	private static final String COVER_CARDS = "select c.id, c.slug from cards c join media m on m.id = c.cover_media_id "
			+ "where c.owner_id = ? and m.storage_key = ? order by c.slug";

	private final JdbcClient jdbc;

	CardMediaUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> usesOf(long ownerId, String key) {
		var uses = new ArrayList<String>();
		jdbc.sql("select slug from cards where owner_id = ? and photo_key = ? order by slug")
			.params(ownerId, key)
			.query(String.class)
			.list()
			.forEach(slug -> uses.add("the photo of /" + slug));
		jdbc.sql(COVER_CARDS).params(ownerId, key).query((rs, i) -> rs.getString(2)).list()
			.forEach(slug -> uses.add("the cover of /" + slug));
		jdbc.sql(GALLERY_CARDS).params(ownerId, key).query((rs, i) -> rs.getString(2)).list()
			.forEach(slug -> uses.add("the gallery of /" + slug));
		return uses;
	}

	@Override
	public void release(long ownerId, String key) {
		var now = OffsetDateTime.now(ZoneOffset.UTC);
		// the version moves on, so an editor still open on an affected card cannot save over the change unseen
		jdbc.sql("update cards set photo_key = null, updated_at = ?, version = version + 1 where owner_id = ? and photo_key = ?")
			.params(now, ownerId, key)
			.update();
		for (long card : jdbc.sql(COVER_CARDS).params(ownerId, key).query((rs, i) -> rs.getLong(1)).list()) {
			jdbc.sql("update cards set cover_media_id = null, updated_at = ?, version = version + 1 where id = ?")
				.params(now, card)
				.update();
		}
		for (long card : jdbc.sql(GALLERY_CARDS).params(ownerId, key).query((rs, i) -> rs.getLong(1)).list()) {
			jdbc.sql("delete from card_gallery where card_id = ? and media_id in "
					+ "(select id from media where storage_key = ? and owner_id = ?)")
				.params(card, key, ownerId)
				.update();
			renumber(card);
			jdbc.sql("update cards set updated_at = ?, version = version + 1 where id = ?").params(now, card).update();
		}
	}

	/** Gallery positions stay 0…n-1, as the aggregate's list expects. */
	private void renumber(long card) {
		List<Integer> positions = jdbc.sql("select position from card_gallery where card_id = ? order by position")
			.param(card)
			.query(Integer.class)
			.list();
		for (int i = 0; i < positions.size(); i++) {
			if (positions.get(i) != i) {
				jdbc.sql("update card_gallery set position = ? where card_id = ? and position = ?")
					.params(i, card, positions.get(i))
					.update();
			}
		}
	}
}
