package red.cardinal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevicePlatformTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NONE", value = {
			"Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1|APPLE",
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/127.0.6533.107 Mobile/15E148 Safari/604.1|APPLE",
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15|APPLE",
			"Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36|ANDROID",
			"Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36|ANDROID",
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36|OTHER",
			"Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0|OTHER", "NONE|OTHER" })
	void tellsApplesDevicesAndAndroidFromTheRest(String userAgent, DevicePlatform platform) {
		assertThat(DevicePlatform.of(userAgent)).isEqualTo(platform);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "APPLE|+apple", "ANDROID|+android", "OTHER|''" })
	void keepsAPageApartPerPlatformAndOtherwiseAsBefore(DevicePlatform platform, String suffix) {
		assertThat(platform.keySuffix()).isEqualTo(suffix);
	}
}
