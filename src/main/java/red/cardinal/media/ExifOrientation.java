package red.cardinal.media;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;

/**
 * Phones store photos as the sensor saw them and note in EXIF how to turn them. The pipeline drops
 * all metadata, so it applies that note first; otherwise portraits would come out lying down.
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** The EXIF Orientation (1–8) of a JPEG, or 1 when there is none or it cannot be read. */
	static int read(byte[] jpeg) {
		int at = 2;
		while (at + 4 < jpeg.length && (jpeg[at] & 0xff) == 0xFF) {
			int marker = jpeg[at + 1] & 0xff;
			int length = u16(jpeg, at + 2, false);
			if (marker == 0xE1 && at + 10 < jpeg.length && jpeg[at + 4] == 'E' && jpeg[at + 5] == 'x'
					&& jpeg[at + 6] == 'i' && jpeg[at + 7] == 'f') {
				return orientation(jpeg, at + 10, Math.min(jpeg.length, at + 2 + length));
			}
			if (marker == 0xDA || length < 2) {
				break;
			}
			at += 2 + length;
		}
		return 1;
	}

	private static int orientation(byte[] b, int tiff, int end) {
		if (tiff + 8 > end) {
			return 1;
		}
		boolean little = b[tiff] == 'I';
		int ifd = tiff + u32(b, tiff + 4, little);
		if (ifd < tiff || ifd + 2 > end) {
			return 1;
		}
		int entries = u16(b, ifd, little);
		for (int i = 0; i < entries; i++) {
			int entry = ifd + 2 + i * 12;
			if (entry + 12 > end) {
				return 1;
			}
			if (u16(b, entry, little) == 0x0112) {
				int value = u16(b, entry + 8, little);
				return value >= 1 && value <= 8 ? value : 1;
			}
		}
		return 1;
	}

	/** The image turned and mirrored as the orientation says. */
	static BufferedImage apply(BufferedImage image, int orientation) {
		if (orientation <= 1) {
			return image;
		}
		int w = image.getWidth();
		int h = image.getHeight();
		var t = new AffineTransform();
		switch (orientation) {
			case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
			case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
			case 4 -> { t.translate(0, h); t.scale(1, -1); }
			case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
			case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
			case 7 -> { t.scale(-1, 1); t.translate(-h, 0); t.translate(0, w); t.rotate(-Math.PI / 2); }
			case 8 -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
			default -> {
				return image;
			}
		}
		boolean turned = orientation >= 5;
		var target = new BufferedImage(turned ? h : w, turned ? w : h, BufferedImage.TYPE_INT_RGB);
		return new AffineTransformOp(t, AffineTransformOp.TYPE_NEAREST_NEIGHBOR).filter(toRgb(image), target);
	}

	private static BufferedImage toRgb(BufferedImage image) {
		if (image.getType() == BufferedImage.TYPE_INT_RGB) {
			return image;
		}
		var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		var g = rgb.createGraphics();
		g.drawImage(image, 0, 0, null);
		g.dispose();
		return rgb;
	}

	private static int u16(byte[] b, int at, boolean little) {
		return little ? (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 : (b[at] & 0xff) << 8 | (b[at + 1] & 0xff);
	}

	private static int u32(byte[] b, int at, boolean little) {
		return little ? u16(b, at, true) | u16(b, at + 2, true) << 16 : u16(b, at, false) << 16 | u16(b, at + 2, false);
	}
}
