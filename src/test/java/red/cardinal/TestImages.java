package red.cardinal;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Images made in code for tests: real ones, and hostile ones. */
public final class TestImages {

	private TestImages() {
	}

	/** A real image in the given ImageIO format ({@code png}, {@code jpg}). */
	public static byte[] image(String format, int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setColor(new Color(0x336699));
		g.fillRect(0, 0, width, height);
		g.setColor(Color.ORANGE);
		g.fillOval(width / 4, height / 4, width / 2, height / 2);
		g.dispose();
		return encode(image, format);
	}

	/** Red, green and blue, in vertical stripes ({@code across}) or horizontal ones, in the given ImageIO format. */
	public static byte[] thirds(String format, int width, int height, boolean across) {
		int[] colours = { 0xff0000, 0x00ff00, 0x0000ff };
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, colours[across ? x * 3 / width : y * 3 / height]);
			}
		}
		return encode(image, format);
	}

	/** Which of pure red, green or blue ({@code 0xff0000}…) an image is mostly, by its pixels' average. */
	public static int dominant(byte[] image) {
		BufferedImage decoded;
		try {
			decoded = ImageIO.read(new java.io.ByteArrayInputStream(image));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		long r = 0, g = 0, b = 0;
		for (int y = 0; y < decoded.getHeight(); y++) {
			for (int x = 0; x < decoded.getWidth(); x++) {
				int rgb = decoded.getRGB(x, y);
				r += rgb >> 16 & 0xff;
				g += rgb >> 8 & 0xff;
				b += rgb & 0xff;
			}
		}
		long n = (long) decoded.getWidth() * decoded.getHeight();
		if (Math.max(r, Math.max(g, b)) / n < 200) {
			throw new AssertionError("No one colour fills the image: " + r / n + "," + g / n + "," + b / n);
		}
		return r >= g && r >= b ? 0xff0000 : g >= b ? 0x00ff00 : 0x0000ff;
	}

	private static byte[] encode(BufferedImage image, String format) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * A photo as a phone of today takes it: 8000×6000 pixels (48 MP), a gradient with noise that keeps
	 * the baseline JPEG at about 19 MB.
	 */
	public static byte[] phoneJpeg() {
		int width = 8000;
		int height = 6000;
		var image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
		var g = image.createGraphics();
		g.setPaint(new java.awt.GradientPaint(0, 0, new Color(0x2255aa), width, height, new Color(0xffcc66)));
		g.fillRect(0, 0, width, height);
		g.dispose();
		var random = new java.util.Random(48);
		for (int i = 0; i < 10_000_000; i++) {
			image.setRGB(random.nextInt(width), random.nextInt(height), random.nextInt());
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** A PNG signature and an IHDR chunk (with a correct CRC) declaring the given size, and no pixels. */
	public static byte[] pngHeader(int width, int height) {
		ByteBuffer ihdr = ByteBuffer.allocate(17);
		ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		var crc = new CRC32();
		crc.update(ihdr.array());
		ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
		png.put(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A });
		png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
		return png.array();
	}

	/**
	 * A lossless WebP (VP8L) of the given size whose five prefix codes each have two one-bit
	 * symbols: every pixel reads four bits. With {@code complete} the file holds those bits (random
	 * pixels); without, it stops after 13 bytes of them (38 bytes in all) and a decoder reads past
	 * its end for every pixel.
	 */
	public static byte[] losslessWebp(int width, int height, boolean complete) {
		var bits = new java.util.BitSet();
		int at = 0;
		at += 3; // no transform, no colour cache, no meta prefix codes: three zero bits
		for (int code = 0; code < 5; code++) {
			// simple code (1), two symbols (1), first symbol in 1 bit (0): symbol 0, then symbol 1 in 8 bits
			bits.set(at);
			bits.set(at + 1);
			at += 4;
			bits.set(at);
			at += 8;
		}
		int bodyLength = complete ? (int) ((long) width * height * 4 / 8 + 64) : 13;
		byte[] body = new byte[bodyLength];
		if (complete) {
			new java.util.Random(width * 31L + height).nextBytes(body);
			// the header's 63 bits, then random pixel bits
			body[7] &= (byte) 0x80;
			java.util.Arrays.fill(body, 0, 7, (byte) 0);
		}
		byte[] header = bits.toByteArray();
		for (int i = 0; i < header.length; i++) {
			body[i] |= header[i];
		}
		ByteBuffer webp = ByteBuffer.allocate(12 + 8 + 5 + body.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
		webp.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + 8 + 5 + body.length)
			.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(5 + body.length);
		webp.put((byte) 0x2F).putInt((width - 1) | ((height - 1) << 14));
		webp.put(body);
		return webp.array();
	}

	/**
	 * A progressive JPEG (the JDK's writer, about ten scans) with {@code extraScans} more scans
	 * that hold no data: each repeats the last scan's header, right before the end.
	 */
	public static byte[] progressiveJpeg(int width, int height, int extraScans) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var random = new java.util.Random(1);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				image.setRGB(x, y, (x * 255 / width) << 16 | (y * 255 / height) << 8 | random.nextInt(64));
			}
		}
		var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var out = new ByteArrayOutputStream();
		try (var stream = new javax.imageio.stream.MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			var param = writer.getDefaultWriteParam();
			param.setProgressiveMode(javax.imageio.ImageWriteParam.MODE_DEFAULT);
			writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		byte[] jpeg = out.toByteArray();
		int lastScan = -1;
		for (int i = 2; i + 1 < jpeg.length; i++) {
			if ((jpeg[i] & 0xff) == 0xFF && (jpeg[i + 1] & 0xff) == 0xDA) {
				lastScan = i;
			}
		}
		int length = ((jpeg[lastScan + 2] & 0xff) << 8) | (jpeg[lastScan + 3] & 0xff);
		var result = new ByteArrayOutputStream();
		result.write(jpeg, 0, jpeg.length - 2);
		for (int i = 0; i < extraScans; i++) {
			result.write(jpeg, lastScan, 2 + length);
		}
		result.write(0xFF);
		result.write(0xD9);
		return result.toByteArray();
	}

	/** The text of the QR code in the image, read by ZXing, an encoder-independent decoder. */
	public static String decodeQr(BufferedImage image) {
		try {
			var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
					new com.google.zxing.client.j2se.BufferedImageLuminanceSource(image)));
			return new com.google.zxing.MultiFormatReader()
				.decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
		catch (com.google.zxing.NotFoundException e) {
			throw new AssertionError("ZXing found no QR code", e);
		}
	}
}
