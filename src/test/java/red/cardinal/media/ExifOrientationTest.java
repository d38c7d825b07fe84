package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import red.cardinal.TestImages;

class ExifOrientationTest {

	static final int W = 4;
	static final int H = 2;

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8 })
	void turnsEveryPixelWhereTheOrientationSays(int orientation) {
		var stored = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < H; y++) {
			for (int x = 0; x < W; x++) {
				stored.setRGB(x, y, colour(x, y));
			}
		}
		BufferedImage shown = ExifOrientation.apply(stored, orientation);
		boolean turned = orientation >= 5;
		assertThat(shown.getWidth()).isEqualTo(turned ? H : W);
		for (int y = 0; y < shown.getHeight(); y++) {
			for (int x = 0; x < shown.getWidth(); x++) {
				int[] from = switch (orientation) {
					case 1 -> new int[] { x, y };
					case 2 -> new int[] { W - 1 - x, y };
					case 3 -> new int[] { W - 1 - x, H - 1 - y };
					case 4 -> new int[] { x, H - 1 - y };
					case 5 -> new int[] { y, x };
					case 6 -> new int[] { y, H - 1 - x };
					case 7 -> new int[] { W - 1 - y, H - 1 - x };
					default -> new int[] { W - 1 - y, x };
				};
				assertThat(shown.getRGB(x, y) & 0xffffff).as("orientation %d at %d,%d", orientation, x, y)
					.isEqualTo(colour(from[0], from[1]));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void readsTheOrientationInEitherByteOrder(boolean little) {
		byte[] jpeg = withOrientation(TestImages.image("jpg", 40, 20), 6, little);
		assertThat(ExifOrientation.read(jpeg)).isEqualTo(6);
		assertThat(ExifOrientation.read(TestImages.image("jpg", 40, 20))).isEqualTo(1);
	}

	@ParameterizedTest
	@ValueSource(ints = { 6, 8 })
	void storesAPortraitShotAsAPortrait(int orientation) {
		byte[] jpeg = withOrientation(TestImages.image("jpg", 400, 200), orientation, false);
		var largest = ImagePipeline.renditions(jpeg, 1280).get(0);
		assertThat(largest.width()).isEqualTo(200);
		assertThat(largest.height()).isEqualTo(400);
	}

	static int colour(int x, int y) {
		return (x * 40) << 16 | (y * 100) << 8 | 7;
	}

	/** The JPEG with an APP1 Exif segment holding only an Orientation tag, inserted after SOI. */
	static byte[] withOrientation(byte[] jpeg, int orientation, boolean little) {
		ByteOrder order = little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
		tiff.put(little ? (byte) 'I' : (byte) 'M').put(little ? (byte) 'I' : (byte) 'M').putShort((short) 42).putInt(8);
		tiff.putShort((short) 1).putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation)
			.putShort((short) 0).putInt(0);
		byte[] body = tiff.array();
		ByteBuffer app1 = ByteBuffer.allocate(4 + 6 + body.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + 6 + body.length)).put("Exif\0\0".getBytes())
			.put(body);
		byte[] out = Arrays.copyOf(jpeg, jpeg.length + app1.capacity());
		System.arraycopy(app1.array(), 0, out, 2, app1.capacity());
		System.arraycopy(jpeg, 2, out, 2 + app1.capacity(), jpeg.length - 2);
		return out;
	}
}
