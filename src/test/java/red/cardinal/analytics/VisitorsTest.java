package red.cardinal.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VisitorsTest {

	static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 "
			+ "(KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1";

	static final String ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/126.0.0.0 Mobile Safari/537.36";

	static final String WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
			+ "Chrome/126.0.0.0 Safari/537.36";

	static boolean bot(String ua) {
		return Visitors.bot(Visitors.lower(ua));
	}

	@Test
	void tellsBotsAndPreviewsFromPeople() {
		assertThat(bot("Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)")).isTrue();
		assertThat(bot("WhatsApp/2.23.20.0")).isTrue();
		assertThat(bot("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)")).isTrue();
		assertThat(bot("curl/8.5.0")).isTrue();
		assertThat(bot("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 HeadlessChrome/126.0 Safari/537.36")).isTrue();
		assertThat(bot("Mozilla/5.0 (Linux; Android 11) Chrome-Lighthouse")).isTrue();
		assertThat(bot(null)).isTrue();
		assertThat(bot("  ")).isTrue();
		assertThat(bot(IPHONE)).isFalse();
		assertThat(bot(ANDROID)).isFalse();
		assertThat(bot(WINDOWS)).isFalse();
		// an in-app browser is a person, whatever app it is in
		assertThat(bot(IPHONE.replace("Safari/604.1", "Instagram 339.0.3.12.91"))).isFalse();
	}

	@Test
	void namesTheDeviceAndSystemCoarsely() {
		assertThat(Visitors.device(Visitors.lower(IPHONE))).isEqualTo("mobile");
		assertThat(Visitors.os(Visitors.lower(IPHONE))).isEqualTo("iOS");
		assertThat(Visitors.device(Visitors.lower(ANDROID))).isEqualTo("mobile");
		assertThat(Visitors.os(Visitors.lower(ANDROID))).isEqualTo("Android");
		assertThat(Visitors.device(Visitors.lower(WINDOWS))).isEqualTo("desktop");
		assertThat(Visitors.os(Visitors.lower(WINDOWS))).isEqualTo("Windows");
		String ipad = "Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148";
		assertThat(Visitors.device(Visitors.lower(ipad))).isEqualTo("tablet");
	}

	@Test
	void keepsOnlyAnotherSitesHostAsReferrer() {
		assertThat(Visitors.referrer("https://www.Instagram.com/p/abc?x=1", "cards.example")).isEqualTo("instagram.com");
		assertThat(Visitors.referrer("https://cards.example/ana", "cards.example")).isNull();
		assertThat(Visitors.referrer("not a url", "cards.example")).isNull();
		assertThat(Visitors.referrer(null, "cards.example")).isNull();
	}

	@Test
	void takesTheFirstLanguageAsAShortTag() {
		assertThat(Visitors.language("pt-BR,pt;q=0.9,en;q=0.8")).isEqualTo("pt-br");
		assertThat(Visitors.language("es")).isEqualTo("es");
		assertThat(Visitors.language("<script>")).isNull();
		assertThat(Visitors.language("")).isNull();
	}

	@Test
	void honoursDoNotTrackAndGlobalPrivacyControl() {
		assertThat(Visitors.doNotTrack("1", null)).isTrue();
		assertThat(Visitors.doNotTrack(null, "1")).isTrue();
		assertThat(Visitors.doNotTrack("0", null)).isFalse();
		assertThat(Visitors.doNotTrack(null, null)).isFalse();
	}
}
