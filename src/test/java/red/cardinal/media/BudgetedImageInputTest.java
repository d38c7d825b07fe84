package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.time.Duration;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import red.cardinal.TestImages;

class BudgetedImageInputTest {

	@Test
	void readsTheBytesLikeAnyImageInputStream() throws IOException {
		try (var in = new BudgetedImageInput(new byte[] { 1, 2, (byte) 0xF0 }, Duration.ofSeconds(1))) {
			assertThat(in.length()).isEqualTo(3);
			assertThat(in.read()).isEqualTo(1);
			in.seek(2);
			assertThat(in.readBits(4)).isEqualTo(0xF);
			byte[] rest = new byte[8];
			in.seek(1);
			assertThat(in.read(rest, 0, 8)).isEqualTo(2);
			assertThat(in.read()).isEqualTo(-1);
		}
	}

	@Test
	void stopsADecoderThatKeepsReadingPastTheEnd() throws IOException {
		try (var in = new BudgetedImageInput(new byte[] { 1 }, Duration.ofSeconds(1))) {
			in.read();
			for (int i = 0; i < BudgetedImageInput.MAX_READS_PAST_END; i++) {
				assertThat(in.read()).isEqualTo(-1);
			}
			assertThatExceptionOfType(BudgetedImageInput.Exceeded.class).isThrownBy(in::read);
		}
	}

	@Test
	void stopsADecoderPastItsTime() throws IOException {
		var reader = ImageIO.getImageReadersByFormatName("webp").next();
		try (var in = new BudgetedImageInput(TestImages.losslessWebp(300, 200, true), Duration.ZERO)) {
			reader.setInput(in);
			assertThatExceptionOfType(BudgetedImageInput.Exceeded.class).isThrownBy(() -> reader.read(0));
		}
		finally {
			reader.dispose();
		}
	}
}
