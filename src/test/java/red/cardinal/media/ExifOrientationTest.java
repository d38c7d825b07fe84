package red.cardinal.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
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

	// Hostile segments: the timeouts only guard against a hang (a loop followed forever), they time nothing.
	static final Duration GUARD = Duration.ofSeconds(5);

	@Test
	void readsNothingFromADirectoryThatClaimsMoreEntriesThanItsSegmentHolds() {
		ByteBuffer tiff = tiff(false, 64);
		tiff.putShort((short) 0xFFFF);
		entry(tiff, 0x0112, 3, 1, 6 << 16);
		assertThat(assertTimeoutPreemptively(GUARD, () -> ExifOrientation.read(withApp1(jpeg(), exif(tiff))))).isEqualTo(1);
		ByteBuffer honest = tiff(false, 64);
		honest.putShort((short) 1);
		entry(honest, 0x0112, 3, 1, 6 << 16);
		assertThat(ExifOrientation.read(withApp1(jpeg(), exif(honest)))).isEqualTo(6);
	}

	@Test
	void followsNoLoopOfDirectoriesAndNoSubDirectory() {
		ByteBuffer tiff = tiff(true, 64);
		tiff.putShort((short) 3);
		// the Exif and GPS sub-directories and the next directory all point back at this one
		entry(tiff, 0x8769, 4, 1, 8);
		entry(tiff, 0x8825, 4, 1, 8);
		entry(tiff, 0x0112, 3, 1, 8);
		tiff.putInt(8);
		assertThat(assertTimeoutPreemptively(GUARD, () -> ExifOrientation.read(withApp1(jpeg(), exif(tiff))))).isEqualTo(8);
	}

	@Test
	void skipsAValueThatClaimsGigabytesAndReadsTheNext() {
		ByteBuffer tiff = tiff(false, 64);
		tiff.putShort((short) 2);
		entry(tiff, 0x010F, 4, 0x7FFF_FFFF, 16);
		entry(tiff, 0x0112, 3, 1, 6 << 16);
		tiff.putInt(0);
		assertThat(assertTimeoutPreemptively(GUARD, () -> ExifOrientation.read(withApp1(jpeg(), exif(tiff))))).isEqualTo(6);
	}

	@Test
	void readsNoOrientationFromBrokenSegments() {
		ByteBuffer pastTheEnd = tiff(false, 16);
		pastTheEnd.position(4);
		pastTheEnd.putInt(0x7FFF_FFF0);
		assertThat(ExifOrientation.read(withApp1(jpeg(), exif(pastTheEnd)))).isEqualTo(1);
		byte[] truncated = withOrientation(jpeg(), 6, false);
		assertThat(ExifOrientation.read(Arrays.copyOf(truncated, 24))).isEqualTo(1);
		assertThat(ExifOrientation.read(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })).isEqualTo(1);
		assertThat(ExifOrientation.read(new byte[0])).isEqualTo(1);
	}

	@Test
	void walksTenMegabytesOfSegmentsWithoutExifOnce() {
		byte[] jpeg = jpeg();
		byte[] filler = new byte[65_000];
		for (int i = 0; i < 160; i++) {
			jpeg = withApp1(jpeg, filler);
		}
		assertThat(jpeg.length).isGreaterThan(10_000_000);
		byte[] many = jpeg;
		assertThat(assertTimeoutPreemptively(GUARD, () -> ExifOrientation.read(many))).isEqualTo(1);
	}

	static byte[] jpeg() {
		return TestImages.image("jpg", 40, 20);
	}

	/** A TIFF header of that byte order whose first directory is at 8, ready for its entry count. */
	static ByteBuffer tiff(boolean little, int size) {
		ByteBuffer tiff = ByteBuffer.allocate(size).order(little ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
		byte mark = little ? (byte) 'I' : (byte) 'M';
		return tiff.put(mark).put(mark).putShort((short) 42).putInt(8);
	}

	static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
		tiff.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
	}

	static byte[] exif(ByteBuffer tiff) {
		byte[] body = new byte[6 + tiff.capacity()];
		System.arraycopy("Exif\0\0".getBytes(), 0, body, 0, 6);
		System.arraycopy(tiff.array(), 0, body, 6, tiff.capacity());
		return body;
	}

	/** The JPEG with an APP1 segment of that body inserted after SOI. */
	static byte[] withApp1(byte[] jpeg, byte[] body) {
		ByteBuffer app1 = ByteBuffer.allocate(4 + body.length);
		app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) (2 + body.length)).put(body);
		byte[] out = Arrays.copyOf(jpeg, jpeg.length + app1.capacity());
		System.arraycopy(app1.array(), 0, out, 2, app1.capacity());
		System.arraycopy(jpeg, 2, out, 2 + app1.capacity(), jpeg.length - 2);
		return out;
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
