package red.cardinal.card;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.media.MediaUsage;

/** Cards use media as their photo. */
@Component
class CardPhotoUsage implements MediaUsage {

	private final JdbcClient jdbc;

	CardPhotoUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> usesOf(long ownerId, String key) {
		return jdbc.sql("select slug from cards where owner_id = ? and photo_key = ? order by slug")
			.params(ownerId, key)
			.query(String.class)
			.list()
			.stream()
			.map(slug -> "the photo of /" + slug)
			.toList();
	}
}
