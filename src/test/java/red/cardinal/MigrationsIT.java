package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Migrations move what cards already hold: a database at the version before sections had their own
 * tables, with cards in it, keeps every card's store, appointments and gallery (H2 and PostgreSQL).
 */
class MigrationsIT {

	@Test
	void movesEachCardsSectionsIntoTheirOwnTables() {
		String name = "m" + UUID.randomUUID().toString().replace("-", "");
		String url = TestDatabases.postgres() ? TestDatabases.postgresDatabase(name)
				: "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		var dataSource = new SingleConnectionDataSource(url, TestDatabases.postgres() ? "postgres" : "sa", "", true);
		try {
			flyway(dataSource, "10").migrate();
			var jdbc = JdbcClient.create(dataSource);
			var now = OffsetDateTime.now(ZoneOffset.UTC);
			jdbc.sql("insert into accounts (email, password_hash, created_at) values ('m@example.com', 'x', ?)").param(now)
				.update();
			long owner = jdbc.sql("select id from accounts").query(Long.class).single();
			String booking = "{\"enabled\":true,\"timeZone\":\"Europe/Madrid\",\"types\":[{\"key\":\"call\",\"name\":\"Call\",\"minutes\":30}]}";
			jdbc.sql("""
					insert into cards (owner_id, slug, published, given_name, created_at, updated_at,
					  store_enabled, store_order_phone, store_currency, store_locale, booking)
					values (?, 'shop', true, 'Ana', ?, ?, true, '+34612345678', 'EUR', 'es', ?)""")
				.params(owner, now, now, booking).update();
			jdbc.sql("insert into cards (owner_id, slug, given_name, created_at, updated_at) values (?, 'plain', 'Eve', ?, ?)")
				.params(owner, now, now).update();
			long shop = jdbc.sql("select id from cards where slug = 'shop'").query(Long.class).single();
			jdbc.sql("insert into card_gallery (card_id, position, type, video_url, caption) values (?, 0, 'video', ?, 'Reel')")
				.params(shop, "https://www.youtube.com/watch?v=aqz-KE-bpKQ").update();

			flyway(dataSource, "latest").migrate();

			assertThat(jdbc.sql("select enabled, order_phone, currency, locale from store_settings where card_id = ?")
				.param(shop).query((rs, n) -> rs.getBoolean(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4))
				.single()).isEqualTo("true +34612345678 EUR es");
			assertThat(jdbc.sql("select settings from booking_settings where card_id = ?").param(shop).query(String.class).single())
				.isEqualTo(booking);
			assertThat(jdbc.sql("select caption from gallery_items where card_id = ? and position = 0").param(shop)
				.query(String.class).single()).isEqualTo("Reel");
			assertThat(jdbc.sql("select count(*) from store_settings").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from booking_settings").query(Long.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select sections_version from cards where id = ?").param(shop).query(Long.class).single())
				.isZero();
			jdbc.sql("delete from cards where id = ?").param(shop).update();
			assertThat(jdbc.sql("select count(*) from store_settings").query(Long.class).single()).isZero();
			assertThat(jdbc.sql("select count(*) from gallery_items").query(Long.class).single()).isZero();
		}
		finally {
			dataSource.destroy();
		}
	}

	private static Flyway flyway(javax.sql.DataSource dataSource, String target) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
	}
}
