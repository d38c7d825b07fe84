package red.cardinal.store;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Each card's {@link StoreSettings}, in their own table. */
@Service
public class Storefronts {

	private final JdbcClient jdbc;

	Storefronts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A card's store settings; {@link StoreSettings#CLOSED} when it has none (or is not stored yet). */
	@Transactional(readOnly = true)
	public StoreSettings of(Long cardId) {
		if (cardId == null) {
			return StoreSettings.CLOSED;
		}
		return jdbc.sql("select enabled, order_phone, currency, locale from store_settings where card_id = ?")
			.param(cardId)
			.query((rs, n) -> new StoreSettings(rs.getBoolean(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional()
			.orElse(StoreSettings.CLOSED);
	}

	/** Stores checked settings, in the card's transaction. */
	void save(long cardId, StoreSettings s) {
		if (jdbc.sql("update store_settings set enabled = ?, order_phone = ?, currency = ?, locale = ? where card_id = ?")
			.params(s.enabled(), s.orderPhone(), s.currency(), s.locale(), cardId)
			.update() == 0) {
			jdbc.sql("insert into store_settings (card_id, enabled, order_phone, currency, locale) values (?, ?, ?, ?, ?)")
				.params(cardId, s.enabled(), s.orderPhone(), s.currency(), s.locale())
				.update();
		}
	}
}
