package red.cardinal.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/**
 * Makes an uploaded image safe to serve: the type comes from the bytes (JPEG, PNG, WebP, or the
 * first frame of a GIF), the pixel count is
 * checked before anything is decoded, and the output is a fresh JPEG, so trailing payloads,
 * scripts and every byte of metadata (EXIF GPS included) are gone.
 * <p>
 * Decoding runs within a work budget: what makes a decoder slow is refused before it starts (a
 * progressive JPEG's scans, a lossless WebP's pixels), and a decoder that keeps reading past the
 * end of the file or past {@link #DECODE_BUDGET} is stopped ({@link BudgetedImageInput}).
 */
final class ImagePipeline {

	static final int MAX_BYTES = red.cardinal.shared.UploadLimits.MAX_BYTES;

	static final long MAX_PIXELS = red.cardinal.shared.UploadLimits.MAX_MEGAPIXELS * 1_000_000L;

	static final int MAX_SIDE = 12_000;

	/** Scans of a progressive JPEG; cameras and libjpeg write about 10. */
	static final int MAX_SCANS = 100;

	/**
	 * Scans × pixels of a JPEG: the JDK decodes the whole image once per scan (2.5–5 ns a pixel
	 * each, measured here), so 40 megapixels may have 12 scans, 12 megapixels 40.
	 */
	static final long MAX_SCAN_PIXELS = 480_000_000L;

	/** Pixels of a lossless WebP: TwelveMonkeys decodes them bit by bit, 19 megapixels took 2.2 s here. */
	static final long MAX_LOSSLESS_WEBP_PIXELS = 16_000_000L;

	/** The CPU time a decoder may take; see {@link BudgetedImageInput} for which ones this bounds. */
	static final java.time.Duration DECODE_BUDGET = java.time.Duration.ofSeconds(10);

	enum Format {

		JPEG("jpeg"), PNG("png"), WEBP("webp"), GIF("gif");

		final String readerName;

		Format(String readerName) {
			this.readerName = readerName;
		}
	}

	/** What of an image is decoded, and which of its sides the target size is of. */
	private enum Region {
		/** The middle square; the target is its side. */
		MIDDLE_SQUARE,
		/** All of it; the target is its longer side. */
		WHOLE,
		/** All of it; the target is its shorter side. */
		WHOLE_BY_SHORT_SIDE
	}

	/** A re-encoded image and its size in pixels. */
	record Processed(byte[] bytes, int width, int height) {
	}

	private ImagePipeline() {
	}

	/** The format the bytes really are, or null. */
	static Format detect(byte[] b) {
		if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
			return Format.JPEG;
		}
		if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D
				&& b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A) {
			return Format.PNG;
		}
		if (b.length > 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E'
				&& b[10] == 'B' && b[11] == 'P') {
			return Format.WEBP;
		}
		if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8' && (b[4] == '7' || b[4] == '9')
				&& b[5] == 'a') {
			return Format.GIF;
		}
		return null;
	}

	/** The centre square of the image, at most {@code size} pixels wide, as a JPEG, the right way up. */
	static Processed squareJpeg(byte[] upload, int size) {
		BufferedImage decoded = decode(upload, Region.MIDDLE_SQUARE, size);
		int side = Math.min(size, decoded.getWidth());
		return new Processed(jpeg(scale(decoded, side, side)), side, side);
	}

	/** A card photo's source's shorter side at most: twice the photo, so it can be zoomed in twice without blur. */
	static final int SOURCE_SIDE = 1200;

	/** A card photo's source's longer side at most. */
	static final int SOURCE_LONG_SIDE = 3600;

	/** A card photo and what it was cut from. */
	record Photo(Processed source, Processed photo) {
	}

	/**
	 * A card photo: the upload the right way up, no larger than {@link #SOURCE_SIDE} on its shorter
	 * side, as the JPEG it can be cut again from, and its square at {@code crop}, at most {@code size}
	 * pixels wide. Because the source is upright, a crop means the same part of the picture whatever
	 * way the camera was held.
	 */
	static Photo photo(byte[] upload, int size, PhotoCrop crop) {
		BufferedImage upright = decode(upload, Region.WHOLE_BY_SHORT_SIDE, SOURCE_SIDE);
		double f = Math.min(1, Math.min((double) SOURCE_SIDE / Math.min(upright.getWidth(), upright.getHeight()),
				(double) SOURCE_LONG_SIDE / Math.max(upright.getWidth(), upright.getHeight())));
		int w = Math.max(1, (int) Math.round(upright.getWidth() * f));
		int h = Math.max(1, (int) Math.round(upright.getHeight() * f));
		BufferedImage source = w == upright.getWidth() && h == upright.getHeight() ? upright : scale(upright, w, h);
		return new Photo(new Processed(jpeg(source), w, h), square(source, size, crop));
	}

	/** The square at {@code crop} of a photo's source ({@link #photo}), at most {@code size} pixels wide. */
	static Processed crop(byte[] source, int size, PhotoCrop crop) {
		return square(decode(source, Region.WHOLE, SOURCE_LONG_SIDE), size, crop);
	}

	private static Processed square(BufferedImage image, int size, PhotoCrop crop) {
		int w = image.getWidth();
		int h = image.getHeight();
		int side = Math.max(1, (int) Math.round(Math.min(w, h) * 100.0 / crop.zoom()));
		int left = (int) Math.round((w - side) * crop.x() / 100.0);
		int top = (int) Math.round((h - side) * crop.y() / 100.0);
		int out = Math.min(size, side);
		return new Processed(jpeg(scale(image.getSubimage(left, top, side, side), out, out)), out, out);
	}

	/**
	 * The image the right way up, as JPEGs no wider than each of {@code widths} (largest first) and
	 * never enlarged; widths the image does not reach are left out, but the first is always made.
	 */
	static List<Processed> renditions(byte[] upload, int... widths) {
		int largest = Arrays.stream(widths).max().orElseThrow();
		BufferedImage decoded = decode(upload, Region.WHOLE, largest);
		var result = new ArrayList<Processed>();
		for (int width : Arrays.stream(widths).boxed().sorted(Comparator.reverseOrder()).toList()) {
			if (!result.isEmpty() && width >= decoded.getWidth()) {
				continue;
			}
			int w = Math.min(width, decoded.getWidth());
			int h = Math.max(1, (int) Math.round((double) decoded.getHeight() * w / decoded.getWidth()));
			result.add(new Processed(jpeg(scale(decoded, w, h)), w, h));
		}
		return result;
	}

	private static BufferedImage decode(byte[] upload, Region region, int target) {
		if (upload.length == 0) {
			throw refused("media.empty");
		}
		if (upload.length > MAX_BYTES) {
			throw refused("media.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		Format format = detect(upload);
		if (format == null) {
			throw refused("media.type");
		}
		BufferedImage image = read(upload, format, region, target);
		return format == Format.JPEG ? ExifOrientation.apply(image, ExifOrientation.read(upload)) : image;
	}

	private static BufferedImage read(byte[] upload, Format format, Region region, int target) {
		try (ImageInputStream in = new BudgetedImageInput(upload, DECODE_BUDGET)) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
			if (!readers.hasNext()) {
				throw refused("media.type");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				int width = reader.getWidth(0);
				int height = reader.getHeight(0);
				if (width <= 0 || height <= 0 || width > MAX_SIDE || height > MAX_SIDE
						|| (long) width * height > MAX_PIXELS) {
					throw refused("media.dimensions", MAX_SIDE, MAX_PIXELS / 1_000_000);
				}
				checkWork(upload, format, (long) width * height);
				ImageReadParam param = reader.getDefaultReadParam();
				int extent = region == Region.WHOLE ? Math.max(width, height) : Math.min(width, height);
				if (region == Region.MIDDLE_SQUARE) {
					param.setSourceRegion(new Rectangle((width - extent) / 2, (height - extent) / 2, extent, extent));
				}
				// decode at no less than twice the target: less memory and time, same quality after scaling
				// (a photo's source at no less than its size: it is what the photo is cut and scaled from)
				int step = Math.max(1, extent / (region == Region.WHOLE_BY_SHORT_SIDE ? target : 2 * target));
				param.setSourceSubsampling(step, step, 0, 0);
				BufferedImage image = reader.read(0, param);
				if (image == null) {
					throw refused("media.corrupt");
				}
				return image;
			}
			finally {
				reader.dispose();
			}
		}
		catch (BudgetedImageInput.Exceeded e) {
			throw refused("media.tooComplex");
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof InvalidInputException invalid) {
				throw invalid;
			}
			throw refused("media.corrupt");
		}
	}

	/** Refuses, before decoding, what would take a decoder far longer than its size suggests. */
	private static void checkWork(byte[] upload, Format format, long pixels) {
		if (format == Format.JPEG) {
			int scans = JpegScans.count(upload);
			if (scans > MAX_SCANS || scans * pixels > MAX_SCAN_PIXELS) {
				throw refused("media.scans", scans, Math.max(1, Math.min(MAX_SCANS, MAX_SCAN_PIXELS / pixels)));
			}
		}
		if (format == Format.WEBP && losslessWebp(upload) && pixels > MAX_LOSSLESS_WEBP_PIXELS) {
			throw refused("media.lossless", MAX_LOSSLESS_WEBP_PIXELS / 1_000_000);
		}
	}

	/** Whether a WebP holds a lossless (VP8L) image: its first chunk, or a chunk after an extended (VP8X) header. */
	static boolean losslessWebp(byte[] webp) {
		int at = 12;
		while (at + 8 <= webp.length) {
			if (webp[at] == 'V' && webp[at + 1] == 'P' && webp[at + 2] == '8' && webp[at + 3] == 'L') {
				return true;
			}
			long size = (webp[at + 4] & 0xffL) | (webp[at + 5] & 0xffL) << 8 | (webp[at + 6] & 0xffL) << 16
					| (webp[at + 7] & 0xffL) << 24;
			long next = at + 8 + size + (size & 1);
			if (next > webp.length) {
				return false;
			}
			at = (int) next;
		}
		return false;
	}

	/** Scales an image down to {@code width}×{@code height} in halving steps, flattening transparency onto white. */
	private static BufferedImage scale(BufferedImage source, int width, int height) {
		BufferedImage current = source;
		int w = source.getWidth();
		int h = source.getHeight();
		while (w / 2 >= width && h / 2 >= height) {
			w /= 2;
			h /= 2;
			current = draw(current, w, h);
		}
		return draw(current, width, height);
	}

	private static BufferedImage draw(BufferedImage source, int width, int height) {
		var target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			g.setColor(Color.WHITE);
			g.fillRect(0, 0, width, height);
			g.drawImage(source, 0, 0, width, height, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] jpeg(BufferedImage image) {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		var out = new ByteArrayOutputStream();
		try (var stream = new MemoryCacheImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException e) {
			throw new IllegalStateException("Could not encode a JPEG", e);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static InvalidInputException refused(String code, Object... args) {
		return new InvalidInputException(Violation.of("file", code, args));
	}
}
