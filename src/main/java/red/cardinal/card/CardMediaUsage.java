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
		List<Long> uploads = uploads(ownerId, key);
		if (!uploads.isEmpty()) {
			jdbc.sql("select slug from cards where owner_id = :owner and cover_media_id in (:media) order by slug")
				.param("owner", ownerId).param("media", uploads)
				.query(String.class)
				.list()
				.forEach(slug -> uses.add("the cover of /" + slug));
		}
		return uses;
	}

	@Override
	public void release(long ownerId, String key) {
		var now = OffsetDateTime.now(ZoneOffset.UTC);
		// the version moves on, so an editor still open on an affected card cannot save over the change unseen
		jdbc.sql("update cards set photo_key = null, updated_at = ?, version = version + 1 where owner_id = ? and photo_key = ?")
			.params(now, ownerId, key)
			.update();
		List<Long> uploads = uploads(ownerId, key);
		if (!uploads.isEmpty()) {
			jdbc.sql("update cards set cover_media_id = null, updated_at = :now, version = version + 1 "
					+ "where owner_id = :owner and cover_media_id in (:media)")
				.param("now", now).param("owner", ownerId).param("media", uploads)
				.update();
		}
	}

	/** The owner's uploads stored under this key, as media's own API tells them. */
	private List<Long> uploads(long ownerId, String key) {
		return media.list(ownerId).stream().filter(m -> m.key().equals(key)).map(MediaItem::id).toList();
	}
}
