package red.cardinal.account.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import red.cardinal.account.InstanceSettings;
import red.cardinal.account.RateLimits;

@SpringBootTest
@AutoConfigureMockMvc
class AccountApiIT {

	static final String PASSWORD = "a long and unusual passphrase";

	@Autowired
	MockMvc mvc;

	@Autowired
	RateLimits limits;

	@Autowired
	InstanceSettings settings;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void clean() {
		limits.reset();
		settings.signUpOpen(true);
	}

	@Test
	void makesTheFirstAccountAdminAndNoOtherOne() throws Exception {
		jdbc.sql("update accounts set admin = false").update();
		String first = email();
		String second = email();
		signUp(first, PASSWORD).andExpect(status().isCreated()).andExpect(jsonPath("$.email").value(first));
		signUp(second, PASSWORD).andExpect(status().isCreated());
		assertThat(admin(first)).isTrue();
		assertThat(admin(second)).isFalse();
	}

	@Test
	void tradesCredentialsForATokenThatOpensTheApi() throws Exception {
		String email = email();
		signUp(email, PASSWORD).andExpect(status().isCreated());
		String token = token(email, PASSWORD).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String secret = JsonPath.read(token, "$.token");
		mvc.perform(get("/api/v1/cards").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?").param(secret).query(Integer.class).single())
			.as("the secret itself is never stored")
			.isZero();
		String id = JsonPath.read(token, "$.id");
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + secret))
			.andExpect(jsonPath("$[*].id", hasItem(id)));
		mvc.perform(delete("/api/v1/tokens/" + id).header("Authorization", "Bearer " + secret))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/cards").header("Authorization", "Bearer " + secret))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void namesTheInvalidFields() throws Exception {
		signUp("not-an-email", "short").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("email")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("password")));
		signUp(email(), "password123").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("most used")));
		signUp(email() + "\r\nBcc: victim@example.com", PASSWORD).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void refusesATakenEmail() throws Exception {
		String email = email();
		signUp(email, PASSWORD).andExpect(status().isCreated());
		signUp(email.toUpperCase(), PASSWORD).andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("email"));
	}

	@Test
	void refusesSignUpWhenAnAdminClosedIt() throws Exception {
		settings.signUpOpen(false);
		signUp(email(), PASSWORD).andExpect(status().isForbidden());
	}

	@Test
	void refusesWrongCredentialsAndLimitsGuessing() throws Exception {
		String email = email();
		signUp(email, PASSWORD).andExpect(status().isCreated());
		for (int i = 0; i < 10; i++) {
			token(email, "wrong guess " + i).andExpect(status().isUnauthorized());
		}
		token(email, PASSWORD).andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", matchesPattern("[1-9][0-9]*")));
	}

	@Test
	void treatsSomeoneElsesTokenIdAsUnknown() throws Exception {
		String a = email();
		String b = email();
		signUp(a, PASSWORD);
		signUp(b, PASSWORD);
		String tokenA = JsonPath.read(token(a, PASSWORD).andReturn().getResponse().getContentAsString(), "$.id");
		String secretB = JsonPath.read(token(b, PASSWORD).andReturn().getResponse().getContentAsString(), "$.token");
		mvc.perform(delete("/api/v1/tokens/" + tokenA).header("Authorization", "Bearer " + secretB))
			.andExpect(status().isNotFound());
	}

	ResultActions signUp(String email, String password) throws Exception {
		return mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": %s, \"password\": \"%s\"}".formatted(quote(email), password)));
	}

	ResultActions token(String email, String password) throws Exception {
		return mvc.perform(post("/api/v1/tokens").contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"%s\", \"password\": \"%s\", \"name\": \"test\"}".formatted(email, password)));
	}

	boolean admin(String email) {
		return jdbc.sql("select admin from accounts where email = ?").param(email).query(Boolean.class).single();
	}

	static String email() {
		return "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
	}

	static String quote(String s) {
		return "\"" + s.replace("\r", "\\r").replace("\n", "\\n") + "\"";
	}
}
