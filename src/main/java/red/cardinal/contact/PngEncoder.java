package red.cardinal.contact;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes a square PNG one row at a time, so what a QR code costs in memory is one row and the
 * compressed output, whatever its size: a whole image in memory (ImageIO's way) is 4 bytes a pixel
 * in colour, 550 MB for a 100 cm print.
 */
final class PngEncoder {

	private static final byte[] SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };

	/** Fills one row of the image, in the encoding's layout (1 bit or 3 bytes a pixel). */
	interface Rows {
		void fill(int y, byte[] row);
	}

	private PngEncoder() {
	}

	/** Two colours, one bit a pixel (MSB first): 0 is {@code background}, 1 is {@code foreground}. */
	static byte[] twoColours(int size, Color background, Color foreground, Integer dpi, Rows rows) {
		byte[] palette = { (byte) background.getRed(), (byte) background.getGreen(), (byte) background.getBlue(),
				(byte) foreground.getRed(), (byte) foreground.getGreen(), (byte) foreground.getBlue() };
		return encode(size, 1, 3, palette, dpi, (size + 7) / 8, rows);
	}

	/** Full colour, three bytes (red, green, blue) a pixel. */
	static byte[] rgb(int size, Integer dpi, Rows rows) {
		return encode(size, 8, 2, null, dpi, size * 3, rows);
	}

	private static byte[] encode(int size, int bitDepth, int colourType, byte[] palette, Integer dpi, int rowBytes,
			Rows rows) {
		try {
			var png = new ByteArrayOutputStream();
			png.write(SIGNATURE);
			var header = new ByteArrayOutputStream();
			var h = new DataOutputStream(header);
			h.writeInt(size);
			h.writeInt(size);
			h.write(new byte[] { (byte) bitDepth, (byte) colourType, 0, 0, 0 });
			chunk(png, "IHDR", header.toByteArray());
			if (palette != null) {
				chunk(png, "PLTE", palette);
			}
			if (dpi != null) {
				chunk(png, "pHYs", physicalSize(dpi));
			}
			chunk(png, "IDAT", pixels(size, rowBytes, rows));
			chunk(png, "IEND", new byte[0]);
			return png.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Rows with filter 0 (none): QR rows repeat, so deflate finds them without filtering. */
	private static byte[] pixels(int size, int rowBytes, Rows rows) throws IOException {
		var compressed = new ByteArrayOutputStream();
		var deflater = new Deflater(Deflater.BEST_SPEED);
		try (var out = new DeflaterOutputStream(compressed, deflater, 8192)) {
			byte[] row = new byte[rowBytes];
			for (int y = 0; y < size; y++) {
				Arrays.fill(row, (byte) 0);
				rows.fill(y, row);
				out.write(0);
				out.write(row);
			}
		}
		finally {
			deflater.end();
		}
		return compressed.toByteArray();
	}

	/** A pHYs chunk, so printing programs place the image at its physical size. */
	private static byte[] physicalSize(int dpi) throws IOException {
		int pixelsPerMetre = (int) Math.round(dpi / 0.0254);
		var bytes = new ByteArrayOutputStream();
		var data = new DataOutputStream(bytes);
		data.writeInt(pixelsPerMetre);
		data.writeInt(pixelsPerMetre);
		data.writeByte(1); // the unit is the metre
		return bytes.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		var crc = new CRC32();
		crc.update(name);
		crc.update(data);
		var out = new DataOutputStream(png);
		out.writeInt(data.length);
		out.write(name);
		out.write(data);
		out.writeInt((int) crc.getValue());
	}
}
