package red.cardinal.card;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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

	@Test
	void makesAUsernameTheProfileLinkOfItsNetwork() {
		assertThat(SocialNetwork.INSTAGRAM.profile("@ana.garcia")).hasValue("https://www.instagram.com/ana.garcia");
		assertThat(SocialNetwork.TIKTOK.profile("ana_garcia")).hasValue("https://www.tiktok.com/@ana_garcia");
		assertThat(SocialNetwork.LINKEDIN.profile("ana-garcia")).hasValue("https://www.linkedin.com/in/ana-garcia");
		assertThat(SocialNetwork.of(SocialNetwork.YOUTUBE.profile("@ana").orElseThrow())).isEqualTo(SocialNetwork.YOUTUBE);
	}

	@Test
	void takesNoUsernameThatCouldBreakOutOfThePath() {
		assertThat(SocialNetwork.X.profile("ana/../admin")).isEmpty();
		assertThat(SocialNetwork.X.profile("ana?x=1")).isEmpty();
		assertThat(SocialNetwork.X.profile("javascript:alert(1)")).isEmpty();
		assertThat(SocialNetwork.X.profile("a".repeat(101))).isEmpty();
		assertThat(SocialNetwork.MASTODON.profile("ana")).isEmpty();
		assertThat(SocialNetwork.fediverse("@ana@evil.example/x")).isEmpty();
	}
}
