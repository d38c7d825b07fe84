package red.cardinal.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import red.cardinal.TestBrowser;
import red.cardinal.account.AccountTokens.Purpose;

/**
 * Sessions over real HTTP, kept in the database: what a password change and a reset end, which
 * reset links still work, how long the remember-me cookie and a session live, and that a sign-in
 * costs a password check whether or not the email has an account.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.address=127.0.0.1")
class AccountSessionsIT {

	static final String PASSWORD = "a long and unusual passphrase";

	/** The system clock, moved on by the tests. */
	static final class MovableClock extends Clock {

		final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

		@Override
		public Instant instant() {
			return Instant.now().plus(ahead.get());
		}
	}

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock clock() {
			return new MovableClock();
		}
	}

	@LocalServerPort
	int port;

	@Autowired
	AccountManagement accounts;

	@Autowired
	Accounts repository;

	@Autowired
	AccountTokens tokens;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@MockitoSpyBean
	PasswordEncoder passwords;

	String email;

	@BeforeEach
	void signedUp() {
		limits.reset();
		clock.ahead.set(Duration.ZERO);
		email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		accounts.signUp(email, PASSWORD);
	}

	@Test
	void changingThePasswordEndsTheOtherSessionsAndKeepsThisOne() throws Exception {
		var laptop = browser();
		var phone = browser();
		var tablet = browser();
		laptop.signedIn(email, PASSWORD, false);
		phone.signedIn(email, PASSWORD, true);
		tablet.signedIn(email, PASSWORD, false);
		assertThat(sessions()).isEqualTo(3);
		var changed = laptop.post("/account/password", Map.of("_csrf", laptop.csrf("/account"), "currentPassword", PASSWORD,
				"newPassword", "another long passphrase"));
		assertThat(changed.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account?changed"));
		assertThat(laptop.get("/dashboard").statusCode()).isEqualTo(200);
		assertThat(phone.get("/dashboard").statusCode()).as("the remembered phone").isEqualTo(302);
		assertThat(tablet.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(sessions()).isEqualTo(1);
	}

	@Test
	void aResetEndsEverySessionOfTheAccountRememberedOnesToo() throws Exception {
		var laptop = browser();
		var phone = browser();
		laptop.signedIn(email, PASSWORD, false);
		phone.signedIn(email, PASSWORD, true);
		String token = tokens.issue(account().id(), Purpose.RESET);
		var stranger = browser();
		var reset = stranger.post("/password/reset",
				Map.of("_csrf", stranger.csrf("/password/reset?token=" + token), "token", token, "password", "a new long passphrase"));
		assertThat(reset.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?reset"));
		assertThat(laptop.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(phone.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(sessions()).isZero();
		assertThat(browser().signedIn(email, "a new long passphrase", false).get("/dashboard").statusCode()).isEqualTo(200);
	}

	@Test
	void anOlderResetLinkIsDeadOnceANewerOneWasUsed() throws Exception {
		String older = tokens.issue(account().id(), Purpose.RESET);
		String newer = tokens.issue(account().id(), Purpose.RESET);
		assertThat(accounts.resetTokenValid(older)).isTrue();
		accounts.resetPassword(newer, "a new long passphrase");
		assertThat(accounts.resetTokenValid(older)).isFalse();
		var browser = browser();
		assertThat(browser.get("/password/reset?token=" + older).statusCode()).isEqualTo(400);
		assertThat(accounts.authenticate(email, "a new long passphrase")).isPresent();
	}

	@Test
	void aResetLinkIsDeadOnceThePasswordWasChanged() {
		String link = tokens.issue(account().id(), Purpose.RESET);
		accounts.changePassword(account().id(), PASSWORD, "another long passphrase", null);
		assertThat(accounts.resetTokenValid(link)).isFalse();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> accounts.resetPassword(link, "one more long passphrase"))
			.isInstanceOf(red.cardinal.shared.InvalidInputException.class);
		assertThat(accounts.authenticate(email, "another long passphrase")).isPresent();
	}

	@Test
	void theRememberMeCookieLivesAsLongAsTheServerKeepsTheSession() throws Exception {
		var remembered = browser();
		String cookie = signInCookie(remembered, true);
		assertThat(cookie).contains("Max-Age=" + 30 * 24 * 3600).contains("HttpOnly");
		assertThat(jdbc.sql("select max_inactive_interval from spring_session where principal_name = ?").param(email)
			.query(Integer.class).single()).isEqualTo(30 * 24 * 3600);
		var plain = browser();
		String sessionCookie = signInCookie(plain, false);
		assertThat(sessionCookie).startsWith("SESSION=").doesNotContain("Max-Age").doesNotContain("Expires");
	}

	@Test
	void aSessionEndsAtItsAbsoluteLifetimeHoweverActiveItIs() throws Exception {
		var plain = browser();
		var remembered = browser();
		plain.signedIn(email, PASSWORD, false);
		remembered.signedIn(email, PASSWORD, true);
		clock.ahead.set(Duration.ofHours(11).plusMinutes(59));
		assertThat(plain.get("/dashboard").statusCode()).isEqualTo(200);
		clock.ahead.set(Duration.ofHours(12));
		var refused = plain.get("/dashboard");
		assertThat(refused.statusCode()).isEqualTo(302);
		assertThat(refused.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(remembered.get("/dashboard").statusCode()).as("a remembered session lasts 30 days").isEqualTo(200);
		clock.ahead.set(Duration.ofDays(30));
		assertThat(remembered.get("/dashboard").statusCode()).isEqualTo(302);
		assertThat(sessions()).isZero();
	}

	@Test
	void aSignUpSessionHasTheOrdinaryLifetime() throws Exception {
		var browser = browser();
		String other = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		var signedUp = browser.post("/signup", Map.of("_csrf", browser.csrf("/signup"), "email", other, "password", PASSWORD));
		assertThat(signedUp.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(200);
		clock.ahead.set(Duration.ofHours(12));
		assertThat(browser.get("/dashboard").statusCode()).isEqualTo(302);
	}

	@Test
	void checksAPasswordForAnUnknownEmailAndBeforeSayingAnAccountIsUnverified() throws Exception {
		String unverified = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
		repository.save(new Account(null, unverified, passwords.encode(PASSWORD), false, false, Instant.now()));
		String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
		clearInvocations(passwords);
		// the JSON API
		assertThat(accounts.authenticate(nobody, "some guess")).isEmpty();
		verify(passwords).matches(eq("some guess"), anyString());
		assertThat(accounts.authenticate(unverified, "other guess")).isEmpty();
		verify(passwords).matches(eq("other guess"), anyString());
		// the form: a wrong password of an unverified account is just wrong; only the right one hears "unverified"
		var browser = browser();
		var unknown = browser.post("/login", Map.of("_csrf", browser.csrf("/login"), "username", nobody, "password", "third guess"));
		assertThat(unknown.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		verify(passwords).matches(eq("third guess"), anyString());
		var wrong = browser.post("/login", Map.of("_csrf", browser.csrf("/login"), "username", unverified, "password", "fourth guess"));
		assertThat(wrong.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
		var right = browser.post("/login", Map.of("_csrf", browser.csrf("/login"), "username", unverified, "password", PASSWORD));
		assertThat(right.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?unverified"));
	}

	Account account() {
		return repository.findByEmail(email).orElseThrow();
	}

	int sessions() {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email).query(Integer.class).single();
	}

	TestBrowser browser() {
		return new TestBrowser(port);
	}

	/** Signs in; the Set-Cookie header of the new session. */
	String signInCookie(TestBrowser browser, boolean remember) throws Exception {
		var response = browser.submitSignIn(email, PASSWORD, remember);
		assertThat(TestBrowser.location(response)).hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION=")).findFirst()
			.orElseThrow();
	}
}
