package red.cardinal.card;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.media.MediaUsage;

/** Cards use media as their photo and their cover. */
@Component
class CardMediaUsage implements MediaUsage {

	private static final String COVER_CARDS = "select id, slug from cards where owner_id = :owner and cover_media_id in (:media) "
			+ "order by slug";

	private final JdbcClient jdbc;
	private final MediaManagement media;

	CardMediaUsage(JdbcClient jdbc, MediaManagement media) {
		this.jdbc = jdbc;
		this.media = media;
	}

	@Override
	public List<String> usesOf(long ownerId, String key) {
		var uses = new ArrayList<String>();
		jdbc.sql("select slug from cards where owner_id = ? and photo_key = ? order by slug")
			.params(ownerId, key)
			.query(String.class)
			.list()
			.forEach(slug -> uses.add("the photo of /" + slug));
		covers(ownerId, key).query((rs, i) -> rs.getString(2)).list().forEach(slug -> uses.add("the cover of /" + slug));
		return uses;
	}

	@Override
	public void release(long ownerId, String key) {
		var now = OffsetDateTime.now(ZoneOffset.UTC);
		// the version moves on, so an editor still open on an affected card cannot save over the change unseen
		jdbc.sql("update cards set photo_key = null, updated_at = ?, version = version + 1 where owner_id = ? and photo_key = ?")
			.params(now, ownerId, key)
			.update();
		for (long card : covers(ownerId, key).query((rs, i) -> rs.getLong(1)).list()) {
			jdbc.sql("update cards set cover_media_id = null, updated_at = ?, version = version + 1 where id = ?")
				.params(now, card)
				.update();
		}
	}

	/** The owner's cards whose cover is an upload stored under this key (media ids come from media's own API). */
	private JdbcClient.StatementSpec covers(long ownerId, String key) {
		var uploads = media.list(ownerId).stream().filter(m -> m.key().equals(key)).map(MediaItem::id).toList();
		return jdbc.sql(COVER_CARDS).param("owner", ownerId).param("media", uploads.isEmpty() ? List.of(-1L) : uploads);
	}
}
