package red.cardinal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;

class ScrapeAccessTest {

	static final String TOKEN = "0123456789abcdef0123";

	MockServletContext publicPort = new MockServletContext();

	MockServletContext managementPort = new MockServletContext();

	@Test
	void refusesToStartWithATokenShortEnoughToGuess() {
		assertThatIllegalStateException().isThrownBy(() -> new ScrapeAccess("short-token", publicPort))
			.withMessageContaining("at least 16 characters");
	}

	@Test
	void withoutATokenLetsInOnlyTheManagementPort() {
		var access = new ScrapeAccess("  ", publicPort);
		assertThat(access.tokenRequired()).isFalse();
		assertThat(access.allowed(scrape(publicPort, "Bearer " + TOKEN))).isFalse();
		assertThat(access.allowed(scrape(managementPort, null))).isTrue();
	}

	@Test
	void withATokenWantsItOnEveryPort() {
		var access = new ScrapeAccess(TOKEN, publicPort);
		assertThat(access.allowed(scrape(publicPort, "Bearer " + TOKEN))).isTrue();
		assertThat(access.allowed(scrape(publicPort, "bearer " + TOKEN))).isTrue();
		assertThat(access.allowed(scrape(managementPort, null))).isFalse();
		assertThat(access.allowed(scrape(managementPort, "Bearer " + TOKEN))).isTrue();
		assertThat(access.allowed(scrape(publicPort, "Bearer " + TOKEN.toUpperCase()))).isFalse();
		assertThat(access.allowed(scrape(publicPort, "Bearer" + TOKEN))).isFalse();
		assertThat(access.allowed(scrape(publicPort, "Bearer " + "x".repeat(8000)))).isFalse();
	}

	static MockHttpServletRequest scrape(MockServletContext port, String authorization) {
		var request = new MockHttpServletRequest(port, "GET", "/actuator/prometheus");
		if (authorization != null) {
			request.addHeader("Authorization", authorization);
		}
		return request;
	}
}
