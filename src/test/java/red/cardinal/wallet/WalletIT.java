package red.cardinal.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.card.CardManagement;

/** The wallet routes and buttons of an instance configured with (throw-away) Apple and Google credentials. */
@SpringBootTest
@AutoConfigureMockMvc
class WalletIT {

	static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

	static final String ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36";

	static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

	static final String INSTAGRAM = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Instagram 339.0.3.12.91";

	static TestWalletKeys.Apple apple;

	@DynamicPropertySource
	static void credentials(DynamicPropertyRegistry registry) {
		try {
			Path dir = Files.createTempDirectory("wallet-it");
			apple = TestWalletKeys.apple(dir, Duration.ofDays(20));
			apple.properties().forEach((name, value) -> registry.add(name, () -> value));
			TestWalletKeys.google(dir).properties().forEach((name, value) -> registry.add(name, () -> value));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	CardManagement cards;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void givesAPublishedCardsPassSignedWithTheOperatorsCertificate() throws Exception {
		byte[] pkpass = mvc.perform(get("/demo/wallet.pkpass").header("Accept-Language", "es"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/vnd.apple.pkpass"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"demo.pkpass\""))
			.andReturn().getResponse().getContentAsByteArray();
		var files = ApplePassesTest.unzip(pkpass);
		var pass = JsonMapper.shared().readTree(files.get("pass.json"));
		assertThat(pass.path("passTypeIdentifier").asString()).isEqualTo(TestWalletKeys.PASS_TYPE_ID);
		assertThat(pass.path("generic").path("primaryFields").path(0).path("value").asString()).isEqualTo("Ana García Torres");
		assertThat(pass.path("description").asString()).startsWith("Tarjeta de visita de");
		assertThat(pass.path("barcodes").path(0).path("message").asString()).isEqualTo("http://localhost:8080/demo?src=qr");
		var signed = new CMSSignedData(new CMSProcessableByteArray(files.get("manifest.json")), files.get("signature"));
		assertThat(signed.getSignerInfos().getSigners().iterator().next()
			.verify(new JcaSimpleSignerInfoVerifierBuilder().build(apple.pass()))).isTrue();
		System.out.printf("The demo card's pass: %d bytes, %s%n", pkpass.length, files.keySet());
	}

	@Test
	void sendsAndroidVisitorsToGooglesSavePage() throws Exception {
		mvc.perform(get("/demo/wallet/google"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", startsWith("https://pay.google.com/gp/v/save/ey")))
			.andExpect(header().string("Cache-Control", "no-store"));
	}

	@Test
	void hasNoPassForUnknownOrUnpublishedCards() throws Exception {
		mvc.perform(get("/nobody-here/wallet.pkpass")).andExpect(status().isNotFound());
		mvc.perform(get("/nobody-here/wallet/google")).andExpect(status().isNotFound());
		long owner = accounts.create().id();
		String slug = "draft-" + owner;
		cards.create(owner, TestCards.person(slug, "Dora").published(false).build(), Locale.ENGLISH);
		mvc.perform(get("/" + slug + "/wallet.pkpass")).andExpect(status().isNotFound());
		mvc.perform(get("/" + slug + "/wallet/google")).andExpect(status().isNotFound());
	}

	@Test
	void showsEachPlatformOnlyItsOwnWalletsBadgeEvenFromKeptPages() throws Exception {
		for (int i = 0; i < 2; i++) {
			page(IPHONE).andExpect(content().string(containsString("href=\"/demo/wallet.pkpass\"")))
				.andExpect(content().string(containsString("Apple Wallet")))
				.andExpect(content().string(not(containsString("/demo/wallet/google"))));
			page(ANDROID).andExpect(content().string(containsString("href=\"/demo/wallet/google\"")))
				.andExpect(content().string(not(containsString("wallet.pkpass"))));
			page(WINDOWS).andExpect(content().string(not(containsString("class=\"wallet"))));
			page(INSTAGRAM).andExpect(content().string(not(containsString("class=\"wallet"))));
		}
	}

	@Test
	void keepsTheCardPageWithItsBadgeInsideTheBudget() throws Exception {
		byte[] withBadge = page(IPHONE).andReturn().getResponse().getContentAsByteArray();
		byte[] without = page(WINDOWS).andReturn().getResponse().getContentAsByteArray();
		byte[] css = mvc.perform(get("/assets/card.css")).andReturn().getResponse().getContentAsByteArray();
		int badge = gzip(withBadge) - gzip(without);
		System.out.printf("The Apple badge adds %d B gzip to the demo page (%d B with the CSS)%n", badge, gzip(withBadge) + gzip(css));
		assertThat(badge).isBetween(1, 400);
		assertThat(gzip(withBadge) + gzip(css)).isLessThanOrEqualTo(14 * 1024);
		assertThat(new String(withBadge, java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("https://pay.google", "apple.com");
	}

	static int gzip(byte[] bytes) throws IOException {
		var out = new java.io.ByteArrayOutputStream();
		try (var zip = new java.util.zip.GZIPOutputStream(out)) {
			zip.write(bytes);
		}
		return out.size();
	}

	@Test
	void refusesAnAddressThatAsksForTooManyPasses() throws Exception {
		for (int i = 0; i < red.cardinal.account.RateLimits.Limit.WALLET.capacity(); i++) {
			mvc.perform(get("/demo/wallet/google").with(from("203.0.113.77"))).andExpect(status().isFound());
		}
		mvc.perform(get("/demo/wallet.pkpass").with(from("203.0.113.77")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/demo/wallet.pkpass").with(from("203.0.113.78"))).andExpect(status().isOk());
	}

	@Test
	void tellsTheAdminThatBothWalletsAreReadyAndThatThePassCertificateExpiresSoon() throws Exception {
		var admin = accounts.create();
		jdbc.sql("update accounts set admin = true where id = ?").param(admin.id()).update();
		mvc.perform(get("/admin").with(user(users.loadUserByUsername(admin.account().email()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-wallet=\"apple\" data-state=\"ready\"")))
			.andExpect(content().string(containsString("data-wallet=\"google\" data-state=\"ready\"")))
			.andExpect(content().string(containsString(TestWalletKeys.CLIENT_EMAIL)))
			.andExpect(content().string(containsString("renew it now")));
	}

	private org.springframework.test.web.servlet.ResultActions page(String userAgent) throws Exception {
		return mvc.perform(get("/demo").header("User-Agent", userAgent)).andExpect(status().isOk());
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}
}
