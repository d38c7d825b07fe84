package red.cardinal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VideoLinkTest {

	@ParameterizedTest
	@CsvSource({ "https://www.youtube.com/watch?v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
			"https://youtu.be/dQw4w9WgXcQ?t=42, youtube, dQw4w9WgXcQ", "youtube.com/shorts/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
			"https://m.youtube.com/watch?feature=share&v=dQw4w9WgXcQ, youtube, dQw4w9WgXcQ",
			"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ, youtube, dQw4w9WgXcQ", "https://vimeo.com/76979871, vimeo, 76979871",
			"https://player.vimeo.com/video/76979871?h=abc, vimeo, 76979871" })
	void recognisesYoutubeAndVimeoLinks(String link, String provider, String id) {
		VideoLink video = VideoLink.parse(link);
		assertThat(video.provider()).isEqualTo(provider);
		assertThat(video.id()).isEqualTo(id);
		assertThat(video.embedUrl()).startsWith(provider.equals("youtube") ? "https://www.youtube-nocookie.com/embed/"
				: "https://player.vimeo.com/video/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://evil.example/watch?v=dQw4w9WgXcQ", "javascript:alert(1)",
			"https://www.youtube.com/watch?v=<script>", "https://vimeo.com/abc", "https://youtu.be/short" })
	void refusesAnythingElse(String link) {
		assertThatIllegalArgumentException().isThrownBy(() -> VideoLink.parse(link));
	}
}
