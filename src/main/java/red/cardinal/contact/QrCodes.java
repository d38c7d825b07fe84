package red.cardinal.contact;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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

	public static byte[] png(QrCode qr, QrOptions options, byte[] logoJpeg) {
		int size = options.size();
		int total = qr.size + 2 * options.margin();
		// two colours fit in one bit a pixel: a smaller PNG, written several times faster; a logo needs full colour
		var image = logoJpeg != null ? new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB)
				: new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY, twoColours(options));
		Graphics2D g = image.createGraphics();
		try {
			g.setColor(options.background());
			g.fillRect(0, 0, size, size);
			g.setColor(options.foreground());
			for (int y = 0; y < qr.size; y++) {
				int top = (y + options.margin()) * size / total;
				int bottom = (y + options.margin() + 1) * size / total;
				for (int x = 0; x < qr.size; x++) {
					if (qr.getModule(x, y)) {
						int left = (x + options.margin()) * size / total;
						int right = (x + options.margin() + 1) * size / total;
						g.fillRect(left, top, right - left, bottom - top);
					}
				}
			}
			if (logoJpeg != null) {
				drawLogo(g, logoJpeg, (int) (qr.size * LOGO_SIDE * size / total), size, options);
			}
		}
		finally {
			g.dispose();
		}
		return encodePng(image, options.dpi());
	}

	private static IndexColorModel twoColours(QrOptions options) {
		Color bg = options.background();
		Color fg = options.foreground();
		return new IndexColorModel(1, 2, new byte[] { (byte) bg.getRed(), (byte) fg.getRed() },
				new byte[] { (byte) bg.getGreen(), (byte) fg.getGreen() }, new byte[] { (byte) bg.getBlue(), (byte) fg.getBlue() });
	}

	private static void drawLogo(Graphics2D g, byte[] logoJpeg, int side, int size, QrOptions options) {
		try {
			BufferedImage logo = ImageIO.read(new ByteArrayInputStream(logoJpeg));
			if (logo == null) {
				return;
			}
			int at = (size - side) / 2;
			int pad = Math.max(1, size / 200);
			g.setColor(options.background());
			g.fillRect(at - pad, at - pad, side + 2 * pad, side + 2 * pad);
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.drawImage(logo, at, at, side, side, null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] encodePng(BufferedImage image, Integer dpi) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		var out = new ByteArrayOutputStream();
		try (var stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			IIOMetadata metadata = null;
			if (dpi != null) {
				metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
				setDpi(metadata, dpi);
			}
			writer.write(null, new IIOImage(image, null, metadata), null);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** Writes a pHYs chunk, so printing programs place the image at its physical size. */
	private static void setDpi(IIOMetadata metadata, int dpi) throws IIOInvalidTreeException {
		String pixelsPerMeter = Integer.toString((int) Math.round(dpi / 0.0254));
		var phys = new IIOMetadataNode("pHYs");
		phys.setAttribute("pixelsPerUnitXAxis", pixelsPerMeter);
		phys.setAttribute("pixelsPerUnitYAxis", pixelsPerMeter);
		phys.setAttribute("unitSpecifier", "meter");
		var root = new IIOMetadataNode("javax_imageio_png_1.0");
		root.appendChild(phys);
		metadata.mergeTree("javax_imageio_png_1.0", root);
	}
}
