package red.cardinal.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.CardinalApplication;
import red.cardinal.TestAccountData;
import red.cardinal.TestAccounts;
import red.cardinal.TestDatabases;
import red.cardinal.TestEvents;
import red.cardinal.TestMail;

/**
 * An admin's backup of a running instance, restored into a fresh one with {@code --cardinal.restore}:
 * every row and every media file comes back.
 */
@SpringBootTest(properties = { "cardinal.analytics.flush-every=PT1H", "cardinal.demo.enabled=false" })
@AutoConfigureMockMvc
class BackupIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	/** What a node changes by starting (sessions, its retried events), not what a backup is for. */
	private static final List<String> CHANGED_BY_START = List.of("spring_session", "spring_session_attributes",
			"event_publication", "flyway_schema_history");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestAccountData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Test
	void anAdminsBackupRestoresIntoAFreshInstanceWithEveryRowAndFile() throws Exception {
		assumeFalse(TestDatabases.postgres(), "on PostgreSQL the backup is pg_dump's");
		var owner = accounts.create();
		var card = data.populate(mvc, owner, "ana-" + owner.id());
		var admin = admin();
		TestEvents.awaitListeners(jdbc);
		String cardsJson = mvc.perform(get("/api/v1/cards").header("Authorization", owner.bearer()))
			.andReturn().getResponse().getContentAsString();

		byte[] zip = mvc.perform(get("/api/v1/admin/backup").header("Authorization", admin.bearer()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andReturn().getResponse().getContentAsByteArray();
		var before = tables(jdbc); // after the backup's request: its token's last use is in the backup
		Path file = Files.createTempFile("backup", ".zip");
		Files.write(file, zip);

		try (var node = new SpringApplicationBuilder(CardinalApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--cardinal.restore=" + file, "--cardinal.demo.enabled=false",
				"--cardinal.analytics.flush-every=PT1H")) {
			var restored = JdbcClient.create(node.getBean(DataSource.class));
			assertThat(tables(restored)).isEqualTo(before);
			String base = "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
			var http = HttpClient.newHttpClient();
			var list = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/cards"))
				.header("Authorization", owner.bearer()).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(list.body()).isEqualTo(cardsJson);
			var photo = http.send(HttpRequest.newBuilder(URI.create(base + "/media/" + card.getPhotoKey())).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(photo.statusCode()).isEqualTo(200);
			assertThat(photo.body()).isEqualTo(mvc.perform(get("/media/" + card.getPhotoKey())).andReturn().getResponse()
				.getContentAsByteArray());
		}
	}

	@Test
	void theAdminPageOffersTheBackupOnH2AndSaysPgDumpOnPostgresql() throws Exception {
		var admin = admin();
		var me = users.loadUserByUsername(admin.account().email());
		if (TestDatabases.postgres()) {
			mvc.perform(get("/admin").with(user(me))).andExpect(content().string(containsString("pg_dump")));
			return;
		}
		mvc.perform(get("/admin").with(user(me))).andExpect(content().string(containsString("href=\"/admin/backup\"")));
		byte[] zip = mvc.perform(get("/admin/backup").with(user(me))).andExpect(status().isOk())
			.andExpect(content().contentType("application/zip")).andReturn().getResponse().getContentAsByteArray();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			assertThat(in.getNextEntry().getName()).isEqualTo(InstanceBackup.MANIFEST);
			assertThat(in.getNextEntry().getName()).isEqualTo(InstanceBackup.DATABASE);
		}
		var owner = users.loadUserByUsername(accounts.create().account().email());
		mvc.perform(get("/admin/backup").with(user(owner))).andExpect(status().isForbidden());
	}

	@Test
	void aTokenOfAnAccountThatIsNotAnAdminGetsNoBackup() throws Exception {
		mvc.perform(get("/api/v1/admin/backup").header("Authorization", accounts.create().bearer()))
			.andExpect(status().isForbidden())
			.andExpect(content().contentType("application/problem+json"));
		mvc.perform(get("/api/v1/admin/backup")).andExpect(status().isUnauthorized());
	}

	@Test
	void onPostgresqlTheBackupIsRefusedSayingToUsePgDump() throws Exception {
		assumeTrue(TestDatabases.postgres());
		mvc.perform(get("/api/v1/admin/backup").header("Authorization", admin().bearer()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("pg_dump")));
	}

	TestAccounts.Owner admin() {
		var admin = accounts.create();
		jdbc.sql("update accounts set admin = true where id = ?").param(admin.id()).update();
		return admin;
	}

	/** Every table's rows, each as text, sorted: what two databases with the same data have alike. */
	static Map<String, List<String>> tables(JdbcClient jdbc) {
		var tables = new TreeMap<String, List<String>>();
		for (String table : jdbc.sql("select table_name from information_schema.tables where lower(table_schema) = 'public'")
			.query(String.class).list()) {
			if (CHANGED_BY_START.contains(table.toLowerCase())) {
				continue;
			}
			var rows = new ArrayList<String>();
			jdbc.sql("select * from \"" + table + "\"").query(rs -> {
				var row = new StringBuilder();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					Object value = rs.getObject(i);
					row.append(rs.getMetaData().getColumnName(i)).append('=')
						.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append(';');
				}
				rows.add(row.toString());
			});
			rows.sort(null);
			tables.put(table.toLowerCase(), rows);
		}
		return tables;
	}
}
