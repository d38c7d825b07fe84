package red.cardinal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.account.Account;
import red.cardinal.account.AccountManagement;
import red.cardinal.account.InstanceSettings;
import red.cardinal.account.RateLimits;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesIT {

	static final String PASSWORD = AccountApiIT.PASSWORD;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountManagement accounts;

	@Autowired
	InstanceSettings settings;

	@Autowired
	RateLimits limits;

	@Autowired
	UserDetailsService users;

	@Autowired
	CardManagement cards;

	@Autowired
	JdbcClient jdbc;

	Account account;

	UserDetails me;

	@BeforeEach
	void signedUp() {
		limits.reset();
		settings.signUpOpen(true);
		account = accounts.signUp(AccountApiIT.email(), PASSWORD);
		me = users.loadUserByUsername(account.email());
	}

	@Test
	void signsUpAndLandsOnTheDashboard() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", AccountApiIT.email()).param("password", PASSWORD))
			.andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void showsSignUpErrorsNextToTheFieldsAsText() throws Exception {
		mvc.perform(post("/signup").with(csrf()).param("email", "<script>alert(1)</script>").param("password", "123"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"f-email-error\""), containsString("id=\"f-password-error\""),
					containsString("value=\"&lt;script>alert(1)&lt;/script>\""), not(containsString("<script>alert(1)")))));
	}

	@Test
	void refusesSignUpWithoutCsrf() throws Exception {
		mvc.perform(post("/signup").param("email", AccountApiIT.email()).param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void saysWhenSignUpIsClosed() throws Exception {
		settings.signUpOpen(false);
		mvc.perform(get("/signup")).andExpect(content().string(containsString("Sign-up is closed")));
		mvc.perform(post("/signup").with(csrf()).param("email", AccountApiIT.email()).param("password", PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void changesThePasswordOnlyWithTheCurrentOne() throws Exception {
		mvc.perform(post("/account/password").with(user(me)).with(csrf())
			.param("currentPassword", "wrong")
			.param("newPassword", "a brand new passphrase"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"f-currentPassword-error\"")));
		mvc.perform(post("/account/password").with(user(me)).with(csrf())
			.param("currentPassword", PASSWORD)
			.param("newPassword", "a brand new passphrase")).andExpect(redirectedUrl("/account?changed"));
		assertThat(accounts.authenticate(account.email(), "a brand new passphrase")).isPresent();
	}

	@Test
	void createsATokenShownOnceAndRevokesIt() throws Exception {
		String page = mvc.perform(post("/account/tokens").with(user(me)).with(csrf()).param("name", "laptop"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("shown only once")))
			.andReturn().getResponse().getContentAsString();
		String secret = page.replaceAll("(?s).*<code id=\"new-token\">([^<]+)</code>.*", "$1");
		mvc.perform(get("/api/v1/cards").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		mvc.perform(get("/account").with(user(me))).andExpect(content().string(not(containsString(secret))));
		long id = jdbc.sql("select id from api_tokens where account_id = ?").param(account.id()).query(Long.class).single();
		UserDetails other = users.loadUserByUsername(accounts.signUp(AccountApiIT.email(), PASSWORD).email());
		mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(other)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post("/account/tokens/" + id + "/revoke").with(user(me)).with(csrf())).andExpect(redirectedUrl("/account"));
		mvc.perform(get("/api/v1/cards").header("Authorization", "Bearer " + secret)).andExpect(status().isUnauthorized());
	}

	@Test
	void deletesTheAccountWithItsCards() throws Exception {
		cards.create(account.id(), CardDetails.builder().published(true).name(new PersonName(null, "Gone", null, null, null)).build(), Locale.ENGLISH);
		mvc.perform(post("/account/delete").with(user(me)).with(csrf()).param("password", "wrong"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/account/delete").with(user(me)).with(csrf()).param("password", PASSWORD))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("account is deleted")));
		assertThat(jdbc.sql("select count(*) from accounts where id = ?").param(account.id()).query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from cards where owner_id = ?").param(account.id()).query(Integer.class).single()).isZero();
	}

	@Test
	void letsOnlyAdminsCloseSignUp() throws Exception {
		mvc.perform(get("/admin").with(user(me))).andExpect(status().isForbidden());
		jdbc.sql("update accounts set admin = true where id = ?").param(account.id()).update();
		UserDetails admin = users.loadUserByUsername(account.email());
		mvc.perform(get("/admin").with(user(admin))).andExpect(status().isOk())
			.andExpect(content().string(containsString(account.email())));
		mvc.perform(post("/admin/sign-up").with(user(admin)).with(csrf()).param("open", "false"))
			.andExpect(redirectedUrl("/admin"));
		assertThat(settings.signUpOpen()).isFalse();
	}
}
