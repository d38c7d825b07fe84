package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ApplicationIT {

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void appliesEveryMigrationOnTheConfiguredDatabase() {
		int failed = jdbc.sql("select count(*) from flyway_schema_history where not success")
			.query(Integer.class)
			.single();
		int applied = jdbc.sql("select count(*) from flyway_schema_history where success")
			.query(Integer.class)
			.single();
		assertThat(failed).isZero();
		assertThat(applied).isPositive();
		String product = jdbc.sql("select 1").query((rs, i) -> {
			try {
				return rs.getStatement().getConnection().getMetaData().getDatabaseProductName();
			}
			catch (java.sql.SQLException e) {
				throw new IllegalStateException(e);
			}
		}).single();
		assertThat(product).isEqualTo(TestDatabases.postgres() ? "PostgreSQL" : "H2");
	}

	@Test
	void servesTheStartPageWithSecurityHeaders() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Security-Policy")).get()
			.asString()
			.contains("script-src 'self'", "frame-ancestors")
			.doesNotContain("unsafe-inline");
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("Referrer-Policy")).isPresent();
	}
}
