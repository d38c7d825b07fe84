package red.cardinal.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SocialNetworkTest {

	@ParameterizedTest
	@CsvSource({ "https://www.linkedin.com/in/ana, LINKEDIN", "https://twitter.com/ana, X", "https://x.com/ana, X",
			"https://instagram.com/ana, INSTAGRAM", "https://m.facebook.com/ana, FACEBOOK",
			"https://youtu.be/abc, YOUTUBE", "https://www.tiktok.com/@ana, TIKTOK", "https://github.com/ana, GITHUB",
			"https://t.me/ana, TELEGRAM", "https://www.threads.net/@ana, THREADS",
			"https://mastodon.social/@ana, MASTODON", "https://example.com/ana, CUSTOM",
			"https://notgithub.com/ana, CUSTOM", "https://github.com.evil.example/ana, CUSTOM",
			"mailto:ana@example.com, CUSTOM" })
	void recognisesTheNetworkFromTheHost(String url, SocialNetwork expected) {
		assertThat(SocialNetwork.of(url)).isEqualTo(expected);
	}
}
