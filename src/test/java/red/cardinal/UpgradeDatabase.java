package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;

/**
 * A fresh database (H2 or PostgreSQL, as the run's {@link TestDatabases}) at an older schema version
 * {@code n}, filled from {@code db/upgrade/V<n>-data.sql}, that {@link #migrate()} then brings to the
 * latest migration, as Cardinal does at start. {@link #at} refuses a fixture that leaves any table of
 * that schema empty, read from the database's own catalogue: a table a release adds cannot slip past
 * the upgrade test without rows. {@link #rows()} are every table's rows, to compare before and after.
 */
final class UpgradeDatabase implements AutoCloseable {

	private static final String HISTORY = "flyway_schema_history";

	private final String url;

	private final SingleConnectionDataSource dataSource;

	private final JdbcClient jdbc;

	private UpgradeDatabase(String url) {
		this.url = url;
		this.dataSource = new SingleConnectionDataSource(url, TestDatabases.postgres() ? "postgres" : "sa", "", true);
		this.jdbc = JdbcClient.create(dataSource);
	}

	/** A database migrated to {@code version} and loaded with that version's fixture, every table holding rows. */
	static UpgradeDatabase at(String version) {
		String name = "u" + UUID.randomUUID().toString().replace("-", "");
		var database = new UpgradeDatabase(TestDatabases.postgres() ? TestDatabases.postgresDatabase(name)
				: "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
		database.flyway(version).migrate();
		var fixture = new ResourceDatabasePopulator(new ClassPathResource("db/upgrade/V" + version + "-data.sql"));
		fixture.setSqlScriptEncoding(StandardCharsets.UTF_8.name());
		fixture.execute(database.dataSource);
		assertThat(database.tables()).as("tables of schema V" + version).contains("accounts", "cards");
		var empty = database.tables().stream().filter(t -> database.count(t) == 0).toList();
		assertThat(empty).as("tables of schema V" + version + " that V" + version + "-data.sql leaves empty").isEmpty();
		return database;
	}

	/** Migrates to the latest version, with the migrations Cardinal runs at start. */
	void migrate() {
		flyway("latest").migrate();
	}

	String url() {
		return url;
	}

	JdbcClient jdbc() {
		return jdbc;
	}

	/** The schema's tables (not Flyway's own), from the database's catalogue. */
	List<String> tables() {
		return jdbc.sql("select lower(table_name) from information_schema.tables where lower(table_schema) = 'public' "
				+ "and table_type = 'BASE TABLE' and lower(table_name) <> ? order by 1").param(HISTORY).query(String.class).list();
	}

	long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	/** Every table's rows, each a map of column to value (binary as hex), in a stable order. */
	Map<String, List<Map<String, String>>> rows() {
		var all = new TreeMap<String, List<Map<String, String>>>();
		for (String table : tables()) {
			var rows = new ArrayList<Map<String, String>>();
			for (Map<String, Object> row : jdbc.sql("select * from " + table).query().listOfRows()) {
				var text = new TreeMap<String, String>();
				row.forEach((column, value) -> text.put(column.toLowerCase(), value instanceof byte[] b ? HexFormat.of().formatHex(b)
						: value == null ? null : value.toString()));
				rows.add(text);
			}
			rows.sort((a, b) -> a.toString().compareTo(b.toString()));
			all.put(table, rows);
		}
		return all;
	}

	/** The rows with only the given columns (as a migration that drops others leaves them), in a stable order. */
	static List<Map<String, String>> only(List<Map<String, String>> rows, Set<String> columns) {
		var kept = new ArrayList<Map<String, String>>();
		for (var row : rows) {
			var projected = new LinkedHashMap<String, String>();
			row.forEach((column, value) -> {
				if (columns.contains(column)) {
					projected.put(column, value);
				}
			});
			kept.add(projected);
		}
		kept.sort((a, b) -> a.toString().compareTo(b.toString()));
		return kept;
	}

	private Flyway flyway(String target) {
		return Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target(target).load();
	}

	@Override
	public void close() {
		dataSource.destroy();
	}
}
