package red.cardinal.wallet;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The pictures of a pass, drawn with shapes (no font is needed on the server): the icon (a card with
 * a person on it, in the card's colours) and the logo, and the person's photo as its thumbnail.
 */
final class PassImages {

	/** The contact photo the media pipeline keeps is at most 300 pixels a side; anything larger is not it. */
	static final int MAX_PHOTO_SIDE = 1200;

	private PassImages() {
	}

	/** The icon: the glyph in {@code foreground} on a square of {@code background}, {@code size} pixels. */
	static byte[] icon(Color background, Color foreground, int size) {
		var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(image);
		g.setColor(background);
		g.fillRect(0, 0, size, size);
		glyph(g, foreground, size * 0.12, size * 0.76);
		g.dispose();
		return png(image);
	}

	/** The logo: the glyph alone on transparency, {@code size} pixels square. */
	static byte[] logo(Color foreground, int size) {
		var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
		Graphics2D g = graphics(image);
		glyph(g, foreground, size * 0.04, size * 0.92);
		g.dispose();
		return png(image);
	}

	/** A business card with a head and shoulders on it, inside the square at {@code at} of side {@code side}. */
	private static void glyph(Graphics2D g, Color color, double at, double side) {
		double h = side * 0.7;
		double top = at + (side - h) / 2;
		g.setColor(color);
		g.setStroke(new BasicStroke((float) (side * 0.07)));
		g.draw(new RoundRectangle2D.Double(at, top, side, h, side * 0.16, side * 0.16));
		double head = h * 0.26;
		g.fill(new Ellipse2D.Double(at + side * 0.16, top + h * 0.2, head, head));
		g.fill(new RoundRectangle2D.Double(at + side * 0.1, top + h * 0.52, head * 1.5, h * 0.26, head * 0.8, head * 0.8));
		g.fill(new RoundRectangle2D.Double(at + side * 0.52, top + h * 0.3, side * 0.36, h * 0.1, h * 0.1, h * 0.1));
		g.fill(new RoundRectangle2D.Double(at + side * 0.52, top + h * 0.55, side * 0.26, h * 0.1, h * 0.1, h * 0.1));
	}

	/**
	 * The photo cropped to squares of each of {@code sizes} pixels, or empty when the bytes are not an
	 * image of a plausible size (checked from the header, before decoding).
	 */
	static Optional<List<byte[]>> thumbnails(byte[] photo, int... sizes) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(photo))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if (reader.getWidth(0) > MAX_PHOTO_SIDE || reader.getHeight(0) > MAX_PHOTO_SIDE) {
					return Optional.empty();
				}
				BufferedImage decoded = reader.read(0);
				var thumbnails = new ArrayList<byte[]>();
				for (int size : sizes) {
					thumbnails.add(png(square(decoded, size)));
				}
				return Optional.of(thumbnails);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
	}

	private static BufferedImage square(BufferedImage photo, int size) {
		int side = Math.min(photo.getWidth(), photo.getHeight());
		var out = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = graphics(out);
		g.drawImage(photo, 0, 0, size, size, (photo.getWidth() - side) / 2, (photo.getHeight() - side) / 2,
				(photo.getWidth() + side) / 2, (photo.getHeight() + side) / 2, null);
		g.dispose();
		return out;
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		return g;
	}

	private static byte[] png(BufferedImage image) {
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
