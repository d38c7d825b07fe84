package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * Upgrades keep what an instance holds. A database at the schema of the previous release, with rows in
 * every one of its tables ({@code src/test/resources/db/upgrade/V<n>-data.sql}: non-ASCII text, a
 * renamed slug, money in minor units, a booking and its zone, and the foreign keys between them), is
 * migrated to the latest schema on H2 and PostgreSQL (failsafe runs this class on each), and then:
 * every row of every table is still there, in every column that is still there; every column a
 * migration dropped and every table it renamed is one this test knows where it went, and finds it
 * there; tables the migrations added are empty unless this test says what moved into them; and
 * Cardinal, started on the upgraded database, serves the cards, their sections, orders, bookings and
 * counts through its own API and pages ({@link UpgradedInstance}).
 *
 * <p>No release is tagged yet, so two schemas are upgraded from: V10, the last before V11 moved the
 * sections' settings out of {@code cards}, and V17, the schema of today, which the next migrations
 * (none yet after it) will be run over. When a release ships with schema V<i>n</i>, add the fixture
 * the upgrade after it starts from: write {@code db/upgrade/V<n>-data.sql} with rows for every table
 * ({@link UpgradeDatabase#at} fails, naming them, while a table is empty) and add a test here that
 * calls {@link #upgrade(String, Map, Map, List)} with what the migrations since rename, drop and fill;
 * a migration that renames, drops or fills adds that to the calls of the fixtures before it. Keep the
 * older fixtures: an instance may skip releases. docs/deployment.md says the same.
 */
class MigrationsIT {

	@Test
	void aV10DatabaseWithRowsInEveryTableUpgradesWithAllItsData() throws Exception {
		var moved = Map.of("cards", Set.of("store_enabled", "store_order_phone", "store_currency", "store_locale", "booking"));
		try (var database = upgrade("10", Map.of("card_gallery", "gallery_items"), moved,
				List.of("booking_settings", "store_settings"))) {
			var jdbc = database.jdbc();
			// V11: each card's store and appointment settings, in their own tables
			assertThat(jdbc.sql("select c.slug, s.enabled, s.order_phone, s.currency, s.locale from store_settings s "
					+ "join cards c on c.id = s.card_id order by c.slug")
				.query((rs, n) -> rs.getString(1) + " " + rs.getBoolean(2) + " " + rs.getString(3) + " " + rs.getString(4) + " "
						+ rs.getString(5))
				.list()).containsExactly("jimin-kim true +34612345678 EUR es-ES", "layla false +971501234567 KRW ar");
			assertThat(jdbc.sql("select c.slug from booking_settings b join cards c on c.id = b.card_id order by c.slug")
				.query(String.class).list()).containsExactly("jimin-kim", "layla");
			assertThat(jdbc.sql("select settings from booking_settings b join cards c on c.id = b.card_id where c.slug = 'jimin-kim'")
				.query(String.class).single()).startsWith("{\"enabled\":true,\"timeZone\":\"Asia/Seoul\"").contains("\"전화번호?\"");
			assertThat(jdbc.sql("select count(*) from cards where sections_version <> 0").query(Long.class).single()).isZero();

			try (var instance = UpgradedInstance.start(database.url())) {
				instance.checkTheCardsAndTheirSections(jdbc);
			}
		}
	}

	@Test
	void aV17DatabaseWithRowsInEveryTableUpgradesWithAllItsData() throws Exception {
		try (var database = upgrade("17", Map.of(), Map.of(), List.of())) {
			try (var instance = UpgradedInstance.start(database.url())) {
				instance.checkTheCardsAndTheirSections(database.jdbc());
				instance.checkTheLeadsAndWebhooks(database.jdbc());
				// the publication that had failed is run again at start-up, and its event still reads
				TestEvents.awaitListeners(database.jdbc());
			}
		}
	}

	/**
	 * Loads {@code V<version>-data.sql} at that version, migrates to the latest and checks every row came
	 * through: {@code renamed} maps a table to its name now, {@code moved} names, per table, the columns
	 * the migrations took away, and {@code filled} the tables they created with rows from older ones
	 * (the caller checks where that data went); every other new table must be empty.
	 */
	static UpgradeDatabase upgrade(String version, Map<String, String> renamed, Map<String, Set<String>> moved,
			List<String> filled) {
		var database = UpgradeDatabase.at(version);
		try {
			var before = database.rows();
			database.migrate();
			var after = database.rows();
			var dropped = new TreeMap<String, Set<String>>();
			for (var table : before.entrySet()) {
				String now = renamed.getOrDefault(table.getKey(), table.getKey());
				assertThat(after).as("tables after the upgrade").containsKey(now);
				var rows = after.get(now);
				assertThat(rows).as("rows of " + now).hasSameSizeAs(table.getValue());
				Set<String> columns = new HashSet<>(table.getValue().get(0).keySet());
				Set<String> gone = new HashSet<>(columns);
				gone.removeAll(rows.get(0).keySet());
				columns.removeAll(gone);
				if (!gone.isEmpty()) {
					dropped.put(table.getKey(), gone);
				}
				assertThat(UpgradeDatabase.only(rows, columns)).as("rows of " + now + " in the columns it kept")
					.isEqualTo(UpgradeDatabase.only(table.getValue(), columns));
			}
			assertThat(dropped).as("columns the migrations dropped").isEqualTo(new TreeMap<>(moved));
			var added = new ArrayList<>(after.keySet());
			added.removeAll(before.keySet());
			added.removeAll(renamed.values());
			assertThat(added.stream().filter(t -> !after.get(t).isEmpty()).sorted().toList()).as("new tables with rows")
				.isEqualTo(filled.stream().sorted().toList());
			return database;
		}
		catch (RuntimeException | Error e) {
			database.close();
			throw e;
		}
	}
}
