package red.cardinal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestMail;
import red.cardinal.account.RateLimits;

/** With a real SMTP server (GreenMail): new accounts verify their email, and passwords are reset by mail. */
@SpringBootTest(properties = "cardinal.base-url=https://cards.example")
@AutoConfigureMockMvc
class MailIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	static final Pattern LINK = Pattern.compile("https?://\\S+");

	static final String PASSWORD = "a long and unusual passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		limits.reset();
	}

	@Test
	void asksNewAccountsToVerifyTheirEmailBeforeSigningIn() throws Exception {
		String email = AccountApiIT.email();
		signUp(email);
		token(email, PASSWORD, 401);
		String link = linkIn(lastMailTo(email));
		assertThat(link).startsWith("https://cards.example/verify?token=");
		mvc.perform(get(path(link))).andExpect(status().isOk());
		token(email, PASSWORD, 201);
		mvc.perform(get(path(link))).andExpect(status().isBadRequest());
	}

	@Test
	void resetsAPasswordOnceWithALinkBuiltFromTheConfiguredAddress() throws Exception {
		String email = AccountApiIT.email();
		signUp(email);
		smtp.purgeEmailFromAllMailboxes();
		mvc.perform(post("/password/forgot").with(csrf()).header("Host", "evil.example").param("email", email))
			.andExpect(status().isOk());
		String link = linkIn(lastMailTo(email));
		assertThat(link).startsWith("https://cards.example/password/reset?token=").doesNotContain("evil.example");
		assertThat(jdbc.sql("select count(*) from account_tokens where token_hash = ?")
			.param(link.substring(link.indexOf("token=") + 6))
			.query(Integer.class)
			.single()).as("only the hash of the token is stored").isZero();

		mvc.perform(get(path(link))).andExpect(status().isOk());
		mvc.perform(post("/password/reset").with(csrf()).param("token", token(link)).param("password", "12345678"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/password/reset").with(csrf()).param("token", token(link)).param("password", "another long passphrase"))
			.andExpect(redirectedUrl("/login?reset"));
		token(email, "another long passphrase", 201);
		mvc.perform(post("/password/reset").with(csrf()).param("token", token(link)).param("password", "a third passphrase"))
			.andExpect(status().isBadRequest());
		token(email, "a third passphrase", 401);
	}

	@Test
	void refusesAnExpiredResetLink() throws Exception {
		String email = AccountApiIT.email();
		signUp(email);
		mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isOk());
		String link = linkIn(lastMailTo(email));
		jdbc.sql("update account_tokens set expires_at = ? where purpose = 'RESET'")
			.param(java.time.OffsetDateTime.now().minusMinutes(1))
			.update();
		mvc.perform(get(path(link))).andExpect(status().isBadRequest());
		mvc.perform(post("/password/reset").with(csrf()).param("token", token(link)).param("password", "another long passphrase"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void saysTheSameWhetherOrNotTheEmailHasAnAccount() throws Exception {
		String unknown = AccountApiIT.email();
		String body = mvc.perform(post("/password/forgot").with(csrf()).param("email", unknown))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(body).contains("If there is an account with this email");
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void sendsAtMostFiveResetMailsToOneAccountWhateverCaseAndSpaceTheEmailIsTypedIn() throws Exception {
		String email = AccountApiIT.email();
		signUp(email);
		smtp.purgeEmailFromAllMailboxes();
		String local = email.substring(0, email.indexOf('@'));
		String domain = email.substring(email.indexOf('@') + 1);
		List<String> variants = List.of(email, email.toUpperCase(Locale.ROOT), " " + email, email + " ",
				local.toUpperCase(Locale.ROOT) + "@" + domain, local + "@" + domain.toUpperCase(Locale.ROOT), "\t" + email,
				Character.toUpperCase(email.charAt(0)) + email.substring(1) + "  ");
		for (int i = 0; i < variants.size(); i++) {
			String address = "10.20.0." + i;
			mvc.perform(post("/password/forgot").with(csrf()).param("email", variants.get(i)).with(r -> {
				r.setRemoteAddr(address);
				return r;
			}));
		}
		assertThat(smtp.getReceivedMessages()).hasSize(5);
	}

	void signUp(String email) throws Exception {
		mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, PASSWORD)))
			.andExpect(status().isCreated());
	}

	void token(String email, String password, int expected) throws Exception {
		mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\", \"password\": \"%s\"}".formatted(email, password)))
			.andExpect(status().is(expected));
	}

	MimeMessage lastMailTo(String email) throws Exception {
		smtp.await(1);
		MimeMessage[] messages = smtp.getReceivedMessagesForDomain(email.substring(email.indexOf('@') + 1));
		for (int i = messages.length - 1; i >= 0; i--) {
			if (messages[i].getAllRecipients()[0].toString().equals(email)) {
				return messages[i];
			}
		}
		throw new AssertionError("No mail to " + email);
	}

	static String linkIn(MimeMessage message) {
		Matcher m = LINK.matcher(GreenMailUtil.getBody(message));
		assertThat(m.find()).as("a link in the mail").isTrue();
		return m.group();
	}

	static String path(String link) {
		return link.replaceFirst("^https?://[^/]+", "");
	}

	static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}
}
