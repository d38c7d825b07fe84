package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageProcessingTest {

	static final long MB = 1024 * 1024;

	@Test
	void givesEachImageNinetySixMegabytesOfWhatTheHeapHasBeyondTheApplicationsOwn() {
		assertThat(ImageProcessing.fromHeap(512 * MB)).isEqualTo(4);
		assertThat(ImageProcessing.fromHeap(2048 * MB)).isEqualTo(20);
	}

	@Test
	void processesOneImageAtATimeInASmallHeap() {
		assertThat(ImageProcessing.fromHeap(128 * MB)).isEqualTo(1);
		assertThat(ImageProcessing.fromHeap(64 * MB)).isEqualTo(1);
	}
}
