package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No module reads or writes another module's tables: the SQL in a module's sources names only the
 * tables it owns (and asks other modules through their API for the rest). Modulith sees Java
 * dependencies, not SQL strings, so this test keeps that part of the boundaries.
 */
class TableOwnershipTest {

	/** Every table, by the module that owns it. */
	private static final Map<String, String> OWNERS = Map.ofEntries(Map.entry("accounts", "account"),
			Map.entry("account_tokens", "account"), Map.entry("api_tokens", "account"),
			Map.entry("instance_settings", "account"), Map.entry("rate_limit_buckets", "account"),
			Map.entry("spring_session", "account"), Map.entry("spring_session_attributes", "account"),
			Map.entry("media", "media"), Map.entry("brand_designs", "design"), Map.entry("cards", "card"),
			Map.entry("card_slugs", "card"), Map.entry("card_phones", "card"), Map.entry("card_emails", "card"),
			Map.entry("card_websites", "card"), Map.entry("card_addresses", "card"), Map.entry("card_links", "card"),
			Map.entry("card_services", "card"), Map.entry("gallery_items", "gallery"),
			Map.entry("store_settings", "store"), Map.entry("products", "store"), Map.entry("product_images", "store"),
			Map.entry("product_option_values", "store"), Map.entry("orders", "store"), Map.entry("order_items", "store"),
			Map.entry("booking_settings", "booking"), Map.entry("bookings", "booking"),
			Map.entry("booking_claims", "booking"), Map.entry("booking_feeds", "booking"),
			Map.entry("time_blocks", "booking"), Map.entry("lead_settings", "leads"), Map.entry("leads", "leads"), Map.entry("webhooks", "webhooks"),
			Map.entry("webhook_messages", "webhooks"), Map.entry("webhook_attempts", "webhooks"), Map.entry("analytics_events", "analytics"),
			Map.entry("analytics_daily", "analytics"), Map.entry("analytics_hourly", "analytics"),
			Map.entry("analytics_dimensions", "analytics"), Map.entry("analytics_salts", "analytics"),
			Map.entry("analytics_seen", "analytics"), Map.entry("analytics_state", "analytics"),
			Map.entry("event_publication", "red.cardinal"));

	private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_]+)");

	private static final Path SOURCES = Path.of("src/main/java/red/cardinal");

	@Test
	void everyModulesSqlNamesOnlyItsOwnTables() throws IOException {
		var trespasses = new ArrayList<String>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String module = module(file);
				for (String literal : literals(Files.readString(file))) {
					var m = TABLE.matcher(literal);
					while (m.find()) {
						String owner = OWNERS.get(m.group(1).toLowerCase());
						if (owner != null && !owner.equals(module)) {
							trespasses.add(SOURCES.relativize(file) + " names " + m.group(1) + " of " + owner);
						}
					}
				}
			}
		}
		assertThat(trespasses).isEmpty();
	}

	@Test
	void knowsEveryTableTheMigrationsCreate() throws IOException {
		var created = Pattern.compile("(?i)create table ([a-z_]+)|rename to ([a-z_]+)");
		var renamedAway = List.of("card_gallery");
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
			for (Path file : files.toList()) {
				var m = created.matcher(Files.readString(file));
				while (m.find()) {
					String table = m.group(1) != null ? m.group(1) : m.group(2);
					if (!renamedAway.contains(table)) {
						assertThat(OWNERS).as("owner of " + table).containsKey(table);
					}
				}
			}
		}
	}

	/** The module a source file belongs to: the first package under red.cardinal, or the application's own. */
	private static String module(Path file) {
		Path relative = SOURCES.relativize(file);
		return relative.getNameCount() > 1 ? relative.getName(0).toString() : "red.cardinal";
	}

	/** The string literals and text blocks of a Java source, where its SQL is. */
	private static List<String> literals(String source) {
		var literals = new ArrayList<String>();
		var m = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL).matcher(source);
		while (m.find()) {
			literals.add(m.group(1) != null ? m.group(1) : m.group(2));
		}
		return literals;
	}
}
