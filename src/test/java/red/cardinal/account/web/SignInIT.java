package red.cardinal.account.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.account.AccountManagement;
import red.cardinal.account.RateLimits;

/** Signing in over real HTTP: CSRF, a new session id, sessions kept in the database, remember-me. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class SignInIT {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	CookieManager cookies;

	HttpClient http;

	String email;

	@BeforeEach
	void account() {
		limits.reset();
		email = AccountApiIT.email();
		accounts.signUp(email, AccountApiIT.PASSWORD);
		cookies = new CookieManager();
		http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Test
	void signsInInANewSessionKeptInTheDatabase() throws Exception {
		String csrf = csrfFrom(get("/login"));
		String before = session();
		assertThat(before).as("a session holds the CSRF token").isNotNull();
		HttpResponse<String> response = post("/login",
				Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD));
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		assertThat(session()).isNotNull().isNotEqualTo(before);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void remembersTheDeviceWhenAsked() throws Exception {
		String csrf = csrfFrom(get("/login"));
		post("/login", Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD, "remember-me", "true"));
		int seconds = jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?")
			.param(email)
			.query(Integer.class)
			.single();
		assertThat(seconds).isEqualTo(30 * 24 * 3600);
		assertThat(cookies.getCookieStore().getCookies()).filteredOn(c -> c.getName().equals("SESSION"))
			.singleElement()
			.satisfies(c -> assertThat(c.getMaxAge()).isGreaterThan(24 * 3600));
	}

	@Test
	void refusesASignInWithoutTheCsrfToken() throws Exception {
		get("/login");
		assertThat(post("/login", Map.of("username", email, "password", AccountApiIT.PASSWORD)).statusCode()).isEqualTo(403);
	}

	@Test
	void sendsAWrongPasswordBackAndStopsGuessing() throws Exception {
		String csrf = csrfFrom(get("/login"));
		for (int i = 0; i < 10; i++) {
			assertThat(post("/login", Map.of("_csrf", csrf, "username", email, "password", "guess " + i))
				.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		}
		assertThat(post("/login", Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD))
			.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?tooMany"));
	}

	@Test
	void letsTheOwnerSignInFromTheirAddressAfterAStrangersTenWrongPasswordsFromAnother() throws Exception {
		var stranger = new Browser("203.0.113.7");
		for (int i = 0; i < 10; i++) {
			assertThat(stranger.signIn(email, "guess " + i)).endsWith("/login?error");
		}
		assertThat(stranger.signIn(email, "guess 10")).endsWith("/login?tooMany");
		assertThat(new Browser("198.51.100.20").signIn(email, AccountApiIT.PASSWORD)).endsWith("/dashboard");
	}

	@Test
	void countsOnlyFailedSignInsAgainstAnAccount() throws Exception {
		for (int i = 0; i < 15; i++) {
			assertThat(new Browser("198.51.100.20").signIn(email, AccountApiIT.PASSWORD)).as("sign-in %d", i)
				.endsWith("/dashboard");
		}
	}

	/** A browser of its own (cookies, session, CSRF token) at a client address, told by the trusted local proxy. */
	class Browser {

		final String address;

		final HttpClient client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		Browser(String address) {
			this.address = address;
		}

		/** Where signing in sends this browser. */
		String signIn(String username, String password) throws Exception {
			HttpResponse<String> login = client.send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address)
				.build(), HttpResponse.BodyHandlers.ofString());
			String body = "_csrf=" + URLEncoder.encode(csrfFrom(login), StandardCharsets.UTF_8) + "&username="
					+ URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
					+ URLEncoder.encode(password, StandardCharsets.UTF_8);
			return client.send(HttpRequest.newBuilder(uri("/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", address)
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString()).headers().firstValue("Location").orElseThrow();
		}
	}

	@Test
	void signsOut() throws Exception {
		String csrf = csrfFrom(get("/login"));
		post("/login", Map.of("_csrf", csrf, "username", email, "password", AccountApiIT.PASSWORD));
		String csrfAfter = csrfFrom(get("/dashboard"));
		assertThat(post("/logout", Map.of("_csrf", csrfAfter)).headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).endsWith("/login?signedOut"));
		assertThat(get("/dashboard").statusCode()).isEqualTo(302);
	}

	HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	String session() {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
			.map(HttpCookie::getValue).findFirst().orElse(null);
	}

	static String csrfFrom(HttpResponse<String> response) {
		Matcher m = CSRF.matcher(response.body());
		assertThat(m.find()).as("a CSRF token in the page").isTrue();
		return m.group(1);
	}

	URI uri(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}
}
