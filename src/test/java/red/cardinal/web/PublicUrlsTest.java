package red.cardinal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicUrlsTest {

	private static MockHttpServletRequest request(String scheme, String host, int port) {
		var request = new MockHttpServletRequest("GET", "/dashboard");
		request.setScheme(scheme);
		request.setServerName(host);
		request.setServerPort(port);
		return request;
	}

	@Test
	void saysWhereTheOwnerIsWhenLinksPointElsewhere() {
		var urls = new PublicUrls("http://localhost:8080/");
		assertThat(urls.of("/ana")).isEqualTo("http://localhost:8080/ana");
		assertThat(urls.elsewhere(request("http", "localhost", 8080))).isEmpty();
		assertThat(urls.elsewhere(request("http", "LOCALHOST", 8080))).isEmpty();
		assertThat(urls.elsewhere(request("http", "localhost", 9090))).contains("http://localhost:9090");
		assertThat(urls.elsewhere(request("http", "192.168.1.20", 8080))).contains("http://192.168.1.20:8080");
		assertThat(urls.local()).isTrue();
		assertThat(urls.port()).isEqualTo(8080);
	}

	@Test
	void takesDefaultPortsAsTheSame() {
		var urls = new PublicUrls("https://cards.example.com");
		assertThat(urls.elsewhere(request("https", "cards.example.com", 443))).isEmpty();
		assertThat(urls.elsewhere(request("http", "cards.example.com", 80))).contains("http://cards.example.com");
		assertThat(urls.local()).isFalse();
		assertThat(urls.port()).isEqualTo(443);
	}
}
