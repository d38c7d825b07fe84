package red.cardinal.store;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import red.cardinal.media.MediaUsage;

/** Products use media as their images. */
@Component
class StoreMediaUsage implements MediaUsage {

	private static final String PRODUCTS = "select distinct p.id, p.name, c.slug from product_images i "
			+ "join products p on p.id = i.product_id join cards c on c.id = p.card_id join media m on m.id = i.media_id "
			+ "where c.owner_id = ? and m.storage_key = ? order by c.slug, p.name";

	private final JdbcClient jdbc;

	StoreMediaUsage(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> usesOf(long ownerId, String key) {
		return jdbc.sql(PRODUCTS).params(ownerId, key)
			.query((rs, i) -> "the product " + rs.getString(2) + " of /" + rs.getString(3))
			.list();
	}

	@Override
	public void release(long ownerId, String key) {
		for (long product : jdbc.sql(PRODUCTS).params(ownerId, key).query((rs, i) -> rs.getLong(1)).list()) {
			jdbc.sql("delete from product_images where product_id = ? and media_id in "
					+ "(select id from media where storage_key = ? and owner_id = ?)")
				.params(product, key, ownerId)
				.update();
			List<Integer> positions = jdbc.sql("select position from product_images where product_id = ? order by position")
				.param(product).query(Integer.class).list();
			for (int i = 0; i < positions.size(); i++) {
				if (positions.get(i) != i) {
					jdbc.sql("update product_images set position = ? where product_id = ? and position = ?")
						.params(i, product, positions.get(i)).update();
				}
			}
			jdbc.sql("update products set updated_at = ?, version = version + 1 where id = ?")
				.params(OffsetDateTime.now(ZoneOffset.UTC), product).update();
		}
	}
}
