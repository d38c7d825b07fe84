package red.cardinal.card;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.media.MediaUsage;

/** Cards use media as their photo and their cover. */
@Component
class CardMediaUsage implements MediaUsage {

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
	}
}
