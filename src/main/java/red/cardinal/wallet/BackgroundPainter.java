package red.cardinal.wallet;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.imageio.ImageIO;

import io.nayuki.qrcodegen.QrCode;

import red.cardinal.contact.QrCodes;
import red.cardinal.contact.QrOptions;

/**
 * Draws a video-call background: the card's colours, the name, role and address in the upper left
 * and the QR code in the upper right (or mirrored with {@code qr-left}), where the person's head and
 * shoulders in the middle of a webcam frame leave them visible. The image is drawn the way others in
 * the call see it; only the caller's own preview is mirrored.
 */
final class BackgroundPainter {

	static final List<String> LAYOUTS = List.of("qr-right", "qr-left");

	private static final Map<String, Font> FONTS = new ConcurrentHashMap<>();

	private BackgroundPainter() {
	}

	static byte[] png(CardFace face, int width, int height, String layout) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			Color background = Color.decode(face.background());
			Color accent = Color.decode(face.accent());
			g.setColor(background);
			g.fillRect(0, 0, width, height);
			g.setColor(accent);
			g.fillRect(0, height - height / 90, width, height / 90);
			int margin = height / 18;
			boolean qrLeft = "qr-left".equals(layout);
			qrPlate(g, face, width, height, margin, qrLeft);
			drawText(g, face, new Pen(Color.decode(face.text()), accent, qrLeft ? width - margin : margin, qrLeft,
					width * 42 / 100 - margin), margin, height);
		}
		finally {
			g.dispose();
		}
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The code on a white plate (dark on light, whatever the card's colours), in whole modules of pixels. */
	private static void qrPlate(Graphics2D g, CardFace face, int width, int height, int margin, boolean left) {
		var options = new QrOptions(512, QrCode.Ecc.MEDIUM, Color.BLACK, Color.WHITE, 4, false, false, null);
		QrCode qr = QrCodes.encode(face.cardUrl(), options);
		int total = qr.size + 8;
		int module = Math.max(3, height * 26 / 100 / total);
		int side = module * total;
		int x = left ? margin : width - margin - side;
		int y = margin;
		g.setColor(Color.WHITE);
		g.fillRoundRect(x - module, y - module, side + 2 * module, side + 2 * module, 4 * module, 4 * module);
		Color ink = QrOptions.contrast(Color.decode(face.text()), Color.WHITE) >= 7 ? Color.decode(face.text())
				: new Color(0x111111);
		g.setColor(ink);
		for (int my = 0; my < qr.size; my++) {
			for (int mx = 0; mx < qr.size; mx++) {
				if (qr.getModule(mx, my)) {
					g.fillRect(x + (mx + 4) * module, y + (my + 4) * module, module, module);
				}
			}
		}
	}

	/** Where the text block stands: its edge x, and whether the lines end there (right side) or start there. */
	private record Pen(Color ink, Color accent, int edge, boolean rightAligned, int maxWidth) {

		int x(int lineWidth) {
			return rightAligned ? edge - lineWidth : edge;
		}
	}

	private static void drawText(Graphics2D g, CardFace face, Pen pen, int top, int height) {
		int y = line(g, face.name(), font(face.headFont(), height / 16f), pen.ink(), pen, top);
		g.setColor(pen.accent());
		g.fillRect(pen.x(height / 12), y + height / 90, height / 12, height / 160);
		y += height / 30;
		y = line(g, face.jobTitle(), font(face.bodyFont(), height / 30f), pen.ink(), pen, y);
		y = line(g, face.organization(), font(face.bodyFont(), height / 30f), pen.ink(), pen, y);
		line(g, face.shortUrl(), font(face.bodyFont(), height / 40f), pen.accent(), pen, y + height / 60);
	}

	/** One line of text shrunk (down to 60 %) or cut with an ellipsis to fit; the baseline's y below it. */
	private static int line(Graphics2D g, String text, Font font, Color colour, Pen pen, int y) {
		int maxWidth = pen.maxWidth();
		if (text == null) {
			return y;
		}
		Font f = font.canDisplayUpTo(text) == -1 ? font : new Font(Font.SANS_SERIF, font.getStyle(), font.getSize());
		f = f.deriveFont(font.getSize2D());
		float size = f.getSize2D();
		while (g.getFontMetrics(f).stringWidth(text) > maxWidth && f.getSize2D() > size * 0.6f) {
			f = f.deriveFont(f.getSize2D() * 0.92f);
		}
		String shown = text;
		var metrics = g.getFontMetrics(f);
		while (metrics.stringWidth(shown + "…") > maxWidth && shown.length() > 1) {
			shown = shown.substring(0, shown.length() - 1);
		}
		shown = shown.equals(text) ? text : shown.strip() + "…";
		g.setFont(f);
		g.setColor(colour);
		int baseline = y + metrics.getAscent();
		g.drawString(shown, pen.x(metrics.stringWidth(shown)), baseline);
		return baseline + metrics.getDescent() + metrics.getLeading();
	}

	/** A bundled face (the design's WOFF2 files as TrueType, which Java draws), loaded once. */
	static Font font(String name, float size) {
		Font base = FONTS.computeIfAbsent(name, n -> {
			try (InputStream in = BackgroundPainter.class.getResourceAsStream("fonts/" + n + ".ttf")) {
				if (in == null) {
					return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
				}
				return Font.createFont(Font.TRUETYPE_FONT, in);
			}
			catch (IOException | FontFormatException e) {
				throw new IllegalStateException("bundled font " + n + " unreadable", e);
			}
		});
		return base.deriveFont(size);
	}
}
