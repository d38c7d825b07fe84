package red.cardinal.card;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.media.MediaUsage;

/** Cards use media as their photo and in their gallery. */
@Component
class CardMediaUsage implements MediaUsage {

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
		jdbc.sql("""
				select distinct c.slug from card_gallery g join cards c on c.id = g.card_id join media m on m.id = g.media_id
				where c.owner_id = ? and m.storage_key = ? order by c.slug""")
			.params(ownerId, key)
			.query(String.class)
			.list()
			.forEach(slug -> uses.add("the gallery of /" + slug));
		return uses;
	}
}
