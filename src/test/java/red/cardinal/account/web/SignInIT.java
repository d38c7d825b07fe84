package red.cardinal.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpCookie;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.TestBrowser;
import red.cardinal.account.AccountManagement;
import red.cardinal.account.RateLimits;

/** Signing in over real HTTP: CSRF, a new session id, sessions kept in the database, remember-me. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SignInIT {

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	TestBrowser browser;

	String email;

	@BeforeEach
	void account() {
		limits.reset();
		email = AccountApiIT.email();
		accounts.signUp(email, AccountApiIT.PASSWORD);
		browser = new TestBrowser(port);
	}

	@Test
	void signsInInANewSessionKeptInTheDatabase() throws Exception {
		String csrf = browser.csrf("/login");
		String before = session();
		assertThat(before).as("a session holds the CSRF token").isNotNull();
		HttpResponse<String> response = browser.post("/login",
				Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		assertThat(session()).isNotNull().isNotEqualTo(before);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void remembersTheDeviceWhenAsked() throws Exception {
		String csrf = browser.csrf("/login");
		browser.post("/login", Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD, "remember-me", "true"));
		int seconds = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single();
		assertThat(seconds).isEqualTo(30 * 24 * 3600);
		assertThat(browser.cookie("SESSION")).hasValueSatisfying(c -> assertThat(c.getMaxAge()).isGreaterThan(24 * 3600));
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() throws Exception {
		browser.get("/login");
		assertThat(browser.post("/login", Map.of("username", email, "password", AccountApiIT.PASSWORD)).statusCode()).isEqualTo(403);
	}

	@Test
	void sendsAWrongPasswordBackAndStopsGuessing() throws Exception {
		String csrf = browser.csrf("/login");
		for (int i = 0; i < 10; i++) {
			assertThat(browser.post("/login", Map.of("_csrf", csrf, "username", email, "password", "guess " + i))
				.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}
		assertThat(browser.post("/login", Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD))
			.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?tooMany"));
	}

	@Test
	void letsTheOwnerSignInFromTheirAddressAfterAStrangersTenWrongPasswordsFromAnother() throws Exception {
		var stranger = new TestBrowser(port, "203.0.113.7");
		for (int i = 0; i < 10; i++) {
			assertThat(stranger.signIn(email, "guess " + i)).endsWith("/login?error");
		}
		assertThat(stranger.signIn(email, "guess 10")).endsWith("/login?tooMany");
		assertThat(new TestBrowser(port, "198.51.100.20").signIn(email, AccountApiIT.PASSWORD)).endsWith("/dashboard");
	}

	@Test
	void countsOnlyFailedSignInsAgainstAnAccount() throws Exception {
		for (int i = 0; i < 15; i++) {
			assertThat(new TestBrowser(port, "198.51.100.20").signIn(email, AccountApiIT.PASSWORD)).as("sign-in %d", i)
				.endsWith("/dashboard");
		}
	}

	@Test
	void signsOut() throws Exception {
		String csrf = browser.csrf("/login");
		browser.post("/login", Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD));
		String csrfAfter = browser.csrf("/dashboard");
		assertThat(browser.post("/logout", Map.of("_csrf", csrfAfter)).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
	}

	String session() {
		return browser.cookie("SESSION").map(HttpCookie::getValue).orElse(null);
	}
}
