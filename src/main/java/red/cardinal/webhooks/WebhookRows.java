package red.cardinal.webhooks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code webhooks} table. */
@Component
class WebhookRows {

	private static final String COLUMNS = "id, account_id, url, events, enabled, disabled_reason, created_at";

	private final JdbcClient jdbc;

	WebhookRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long accountId, String url, List<String> events, String secret, Instant at) {
		var key = new GeneratedKeyHolder();
		jdbc.sql("insert into webhooks (account_id, url, events, secret, enabled, created_at) values (?, ?, ?, ?, true, ?)")
			.params(accountId, url, String.join(",", events), secret, utc(at))
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<Webhook> of(long accountId) {
		return jdbc.sql("select " + COLUMNS + " from webhooks where account_id = ? order by id")
			.param(accountId).query(WebhookRows::webhook).list();
	}

	int count(long accountId) {
		return jdbc.sql("select count(*) from webhooks where account_id = ?").param(accountId).query(Integer.class).single();
	}

	Optional<Webhook> find(long id) {
		return jdbc.sql("select " + COLUMNS + " from webhooks where id = ?").param(id).query(WebhookRows::webhook).optional();
	}

	String secret(long id) {
		return jdbc.sql("select secret from webhooks where id = ?").param(id).query(String.class).single();
	}

	/** The enabled endpoints of an account that take this event type. */
	List<Webhook> subscribed(long accountId, String type) {
		return of(accountId).stream().filter(w -> w.enabled() && w.events().contains(type)).toList();
	}

	void enable(long id, boolean enabled, String reason) {
		jdbc.sql("update webhooks set enabled = ?, disabled_reason = ? where id = ?").params(enabled, reason, id).update();
	}

	void delete(long id) {
		jdbc.sql("delete from webhooks where id = ?").param(id).update();
	}

	static OffsetDateTime utc(Instant at) {
		return at == null ? null : OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
	}

	private static Webhook webhook(ResultSet rs, int n) throws SQLException {
		return new Webhook(rs.getLong(1), rs.getLong(2), rs.getString(3), Arrays.asList(rs.getString(4).split(",")),
				rs.getBoolean(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
	}
}
