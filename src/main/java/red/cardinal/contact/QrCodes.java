package red.cardinal.contact;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.DataTooLongException;
import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/** Draws QR codes as SVG and PNG with Nayuki's encoder, refusing codes too dense to scan. */
public final class QrCodes {

	/** The least pixels a module may take; below that, phone cameras miss modules. */
	static final int MIN_MODULE_PIXELS = 2;

	/** The logo's side as a share of the symbol's: 0.25² ≈ 6 % of its area, well inside what ECC H restores. */
	static final double LOGO_SIDE = 0.25;

	private QrCodes() {
	}

	/** Encodes the payload, or refuses it (field {@code mode}) when it cannot be scanned at the requested size. */
	public static QrCode encode(String payload, QrOptions options) {
		QrCode qr;
		try {
			qr = payload.chars().allMatch(c -> c < 128) ? QrCode.encodeText(payload, options.ecc())
					// non-ASCII: declare UTF-8 (ECI 26) so no reader guesses another charset
					: QrCode.encodeSegments(List.of(QrSegment.makeEci(26),
							QrSegment.makeBytes(payload.getBytes(StandardCharsets.UTF_8))), options.ecc());
		}
		catch (DataTooLongException e) {
			throw new InvalidInputException(Violation.of("mode", "qr.tooMuch"));
		}
		int modules = qr.size + 2 * options.margin();
		if (options.size() / modules < MIN_MODULE_PIXELS) {
			throw new InvalidInputException(Violation.of(options.dpi() != null ? "cm" : "size", "qr.tooDense",
					modules * MIN_MODULE_PIXELS));
		}
		return qr;
	}

	public static String svg(QrCode qr, QrOptions options, byte[] logoJpeg) {
		int total = qr.size + 2 * options.margin();
		var svg = new StringBuilder(qr.size * qr.size * 4 + 400);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 ")
			.append(total).append(' ').append(total).append("\" width=\"").append(options.size())
			.append("\" height=\"").append(options.size()).append("\" shape-rendering=\"crispEdges\">")
			.append("<rect width=\"100%\" height=\"100%\" fill=\"").append(QrOptions.hex(options.background())).append("\"/>")
			.append("<path fill=\"").append(QrOptions.hex(options.foreground())).append("\" d=\"");
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					svg.append('M').append(x + options.margin()).append(',').append(y + options.margin()).append("h1v1h-1z");
				}
			}
		}
		svg.append("\"/>");
		if (logoJpeg != null) {
			double side = qr.size * LOGO_SIDE;
			double at = (total - side) / 2;
			svg.append("<rect x=\"").append(at - 0.5).append("\" y=\"").append(at - 0.5).append("\" width=\"")
				.append(side + 1).append("\" height=\"").append(side + 1).append("\" fill=\"")
				.append(QrOptions.hex(options.background())).append("\"/>")
				.append("<image x=\"").append(at).append("\" y=\"").append(at).append("\" width=\"").append(side)
				.append("\" height=\"").append(side).append("\" href=\"data:image/jpeg;base64,")
				.append(Base64.getEncoder().encodeToString(logoJpeg)).append("\"/>");
		}
		return svg.append("</svg>\n").toString();
	}

	/**
	 * The code as a PNG, {@code options.size()} pixels a side, drawn row by row: memory stays a row,
	 * the logo's square and the compressed output (a few MB at the pixel cap), not the whole image.
	 * @throws InvalidInputException when the image would have more than {@link QrOptions#MAX_PNG_PIXELS}
	 */
	public static byte[] png(QrCode qr, QrOptions options, byte[] logoJpeg) {
		options.requirePngPixels();
		int size = options.size();
		int[] module = moduleOfPixel(qr, options);
		BufferedImage logo = logoJpeg == null ? null : logoSquare(qr, options, logoJpeg);
		if (logo == null) {
			// two colours fit in one bit a pixel: a smaller PNG, written several times faster
			return PngEncoder.twoColours(size, options.background(), options.foreground(), options.dpi(), (y, row) -> {
				for (int x = 0; x < size; x++) {
					if (qr.getModule(module[x], module[y])) {
						row[x >> 3] |= (byte) (0x80 >>> (x & 7));
					}
				}
			});
		}
		int at = (size - logo.getWidth()) / 2;
		int[] colours = { options.background().getRGB(), options.foreground().getRGB() };
		int[] logoRow = new int[logo.getWidth()];
		return PngEncoder.rgb(size, options.dpi(), (y, row) -> {
			boolean besideLogo = y >= at && y < at + logo.getHeight();
			if (besideLogo) {
				logo.getRGB(0, y - at, logo.getWidth(), 1, logoRow, 0, logo.getWidth());
			}
			for (int x = 0; x < size; x++) {
				int rgb = besideLogo && x >= at && x < at + logo.getWidth() ? logoRow[x - at]
						: colours[qr.getModule(module[x], module[y]) ? 1 : 0];
				row[3 * x] = (byte) (rgb >> 16);
				row[3 * x + 1] = (byte) (rgb >> 8);
				row[3 * x + 2] = (byte) rgb;
			}
		});
	}

	/**
	 * The QR module each pixel column (and row: the image is square) falls in, counted without the
	 * quiet zone, so out of range there ({@link QrCode#getModule} is light outside the symbol).
	 */
	private static int[] moduleOfPixel(QrCode qr, QrOptions options) {
		int size = options.size();
		int total = qr.size + 2 * options.margin();
		int[] module = new int[size];
		for (int m = 0; m < total; m++) {
			for (int p = m * size / total; p < (m + 1) * size / total; p++) {
				module[p] = m - options.margin();
			}
		}
		return module;
	}

	/** The logo scaled into its blank square (with a background border), or null when the photo cannot be read. */
	private static BufferedImage logoSquare(QrCode qr, QrOptions options, byte[] logoJpeg) {
		BufferedImage photo;
		try {
			photo = ImageIO.read(new ByteArrayInputStream(logoJpeg));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		if (photo == null) {
			return null;
		}
		int size = options.size();
		int total = qr.size + 2 * options.margin();
		int side = (int) (qr.size * LOGO_SIDE * size / total);
		int pad = Math.max(1, size / 200);
		var square = new BufferedImage(side + 2 * pad, side + 2 * pad, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = square.createGraphics();
		try {
			g.setColor(options.background());
			g.fillRect(0, 0, square.getWidth(), square.getHeight());
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.drawImage(photo, pad, pad, side, side, null);
		}
		finally {
			g.dispose();
		}
		return square;
	}

}
