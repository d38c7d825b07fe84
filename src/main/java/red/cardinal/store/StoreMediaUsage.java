package red.cardinal.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.web.PublicPages;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.media.MediaItem;
import red.cardinal.media.MediaManagement;
import red.cardinal.media.MediaUsage;

/** Products use media as their images. */
@Component
class StoreMediaUsage implements MediaUsage {

	private static final String PRODUCTS = "select distinct p.id, p.name, p.card_id from product_images i "
			+ "join products p on p.id = i.product_id where p.card_id in (:cards) and i.media_id in (:media)";

	private record Use(long product, long card, String name, String slug) {
	}

	private final JdbcClient jdbc;
	private final CardManagement cards;
	private final MediaManagement media;
	private final PublicPages pages;

	StoreMediaUsage(JdbcClient jdbc, CardManagement cards, MediaManagement media, PublicPages pages) {
		this.pages = pages;
		this.jdbc = jdbc;
		this.cards = cards;
		this.media = media;
	}

	@Override
	public List<String> usesOf(long ownerId, String key) {
		return uses(ownerId, uploads(ownerId, key)).stream()
			.map(u -> "the product " + u.name() + " of /" + u.slug())
			.toList();
	}

	@Override
	public void release(long ownerId, String key) {
		List<Long> uploads = uploads(ownerId, key);
		for (Use use : uses(ownerId, uploads)) {
			jdbc.sql("delete from product_images where product_id = :product and media_id in (:media)")
				.param("product", use.product()).param("media", uploads)
				.update();
			List<Integer> positions = jdbc.sql("select position from product_images where product_id = ? order by position")
				.param(use.product()).query(Integer.class).list();
			for (int i = 0; i < positions.size(); i++) {
				if (positions.get(i) != i) {
					jdbc.sql("update product_images set position = ? where product_id = ? and position = ?")
						.params(i, use.product(), positions.get(i)).update();
				}
			}
			jdbc.sql("update products set updated_at = ?, version = version + 1 where id = ?")
				.params(OffsetDateTime.now(ZoneOffset.UTC), use.product()).update();
			pages.changed(use.card());
		}
	}

	/** The owner's products showing one of these uploads, by card slug and name. */
	private List<Use> uses(long ownerId, List<Long> uploads) {
		Map<Long, String> slugs = cards.list(ownerId).stream().collect(Collectors.toMap(Card::getId, Card::getSlug));
		if (slugs.isEmpty() || uploads.isEmpty()) {
			return List.of();
		}
		return jdbc.sql(PRODUCTS).param("cards", slugs.keySet()).param("media", uploads)
			.query((rs, i) -> new Use(rs.getLong(1), rs.getLong(3), rs.getString(2), slugs.get(rs.getLong(3))))
			.list().stream()
			.sorted(Comparator.comparing(Use::slug).thenComparing(Use::name))
			.toList();
	}

	private List<Long> uploads(long ownerId, String key) {
		return media.list(ownerId).stream().filter(m -> m.key().equals(key)).map(MediaItem::id).toList();
	}
}
