package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import red.cardinal.TestImages;

class MediaItemTest {

	static final String KEY = "ab".repeat(32) + ".jpg";

	static final String PATH = "/media/" + "ab".repeat(32);

	@Test
	void givesTheNarrowestRenditionAtLeastAsWideAsAsked() {
		var wide = item(1280, 720);
		assertThat(wide.url(1)).isEqualTo(PATH + "-320.jpg");
		assertThat(wide.url(320)).isEqualTo(PATH + "-320.jpg");
		assertThat(wide.url(321)).isEqualTo(PATH + "-640.jpg");
		assertThat(wide.url(640)).isEqualTo(PATH + "-640.jpg");
		assertThat(wide.url(641)).isEqualTo(PATH + ".jpg");
	}

	@Test
	void givesTheLargestWhenNoRenditionIsWideEnough() {
		assertThat(item(1280, 720).url(2000)).isEqualTo(PATH + ".jpg");
		assertThat(item(500, 300).url(640)).isEqualTo(PATH + ".jpg");
	}

	@Test
	void neverPointsAtARenditionThatANarrowUploadHasNot() {
		assertThat(item(300, 200).url(320)).isEqualTo(PATH + ".jpg");
		assertThat(item(320, 200).url(320)).isEqualTo(PATH + ".jpg");
		assertThat(item(640, 400).url(640)).isEqualTo(PATH + ".jpg");
		assertThat(item(640, 400).url(320)).isEqualTo(PATH + "-320.jpg");
	}

	@Test
	void listsEveryStoredRenditionInItsSrcset() {
		assertThat(item(1280, 720).srcset())
			.isEqualTo(PATH + "-320.jpg 320w, " + PATH + "-640.jpg 640w, " + PATH + ".jpg 1280w");
		assertThat(item(500, 300).srcset()).isEqualTo(PATH + "-320.jpg 320w, " + PATH + ".jpg 500w");
	}

	@Test
	void hasNoSrcsetWhenOnlyOneRenditionIsStored() {
		assertThat(item(320, 100).srcset()).isNull();
		assertThat(item(80, 80).srcset()).isNull();
	}

	@ParameterizedTest
	@ValueSource(ints = { 200, 320, 321, 640, 641, 1000, 1280, 1600 })
	void claimsTheWidthsThePipelineStores(int uploadWidth) {
		var renditions = ImagePipeline.renditions(TestImages.image("png", uploadWidth, 90), MediaLibrary.WIDTHS);
		var item = item(renditions.get(0).width(), renditions.get(0).height());
		assertThat(item.widths().boxed().toList())
			.containsExactlyInAnyOrderElementsOf(renditions.stream().map(ImagePipeline.Processed::width).toList());
	}

	private static MediaItem item(int width, int height) {
		return new MediaItem(1, KEY, width, height, 1000, Instant.EPOCH);
	}
}
