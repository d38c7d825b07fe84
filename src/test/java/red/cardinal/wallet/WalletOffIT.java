package red.cardinal.wallet;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;

/**
 * An instance whose Apple certificate cannot be read and that has no Google account: it starts and
 * serves cards as ever, its wallet routes are 404s, no page shows a wallet badge, and the admin page
 * says what is wrong.
 */
@SpringBootTest(properties = { "cardinal.wallet.apple.pass-type-id=pass.red.cardinal.test",
		"cardinal.wallet.apple.team-id=TEAM123456", "cardinal.wallet.apple.certificate=/nowhere/pass.p12",
		"cardinal.wallet.apple.wwdr-certificate=/nowhere/wwdr.pem" })
@AutoConfigureMockMvc
class WalletOffIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void hasNoWalletRoutesWithoutUsableCredentials() throws Exception {
		mvc.perform(get("/demo/wallet.pkpass")).andExpect(status().isNotFound());
		mvc.perform(get("/demo/wallet/google")).andExpect(status().isNotFound());
	}

	@Test
	void showsNoBadgeOnAnyPlatform() throws Exception {
		for (String agent : new String[] { WalletIT.IPHONE, WalletIT.ANDROID, WalletIT.WINDOWS }) {
			mvc.perform(get("/demo").header("User-Agent", agent))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Ana García Torres")))
				.andExpect(content().string(not(containsString("class=\"wallet"))));
		}
	}

	@Test
	void tellsTheAdminWhyApplePassesAreOffAndThatGoogleIsNotConfigured() throws Exception {
		var admin = accounts.create();
		jdbc.sql("update accounts set admin = true where id = ?").param(admin.id()).update();
		mvc.perform(get("/admin").with(user(users.loadUserByUsername(admin.account().email()))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-wallet=\"apple\" data-state=\"failed\"")))
			.andExpect(content().string(containsString("/nowhere/pass.p12")))
			.andExpect(content().string(containsString("data-wallet=\"google\" data-state=\"off\"")));
	}
}
