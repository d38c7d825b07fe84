package red.cardinal.media;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Set;

import com.drew.imaging.jpeg.JpegProcessingException;
import com.drew.imaging.jpeg.JpegSegmentReader;
import com.drew.imaging.jpeg.JpegSegmentType;
import com.drew.imaging.tiff.TiffProcessingException;
import com.drew.imaging.tiff.TiffReader;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.RandomAccessReader;
import com.drew.lang.SequentialByteArrayReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifTiffHandler;

/**
 * Phones store photos as the sensor saw them and note in EXIF how to turn them. The pipeline drops
 * all metadata, so it applies that note first; otherwise portraits would come out lying down.
 * The note is read by metadata-extractor from the upload's bytes already in memory (capped before
 * any decoding), and only that: the first Exif segment (at most 64 KB by the JPEG format), its
 * first directory (IFD0), no sub-directories, no following directories, no maker notes or
 * embedded XMP/IPTC/ICC, so a hostile segment cannot make it read more than that segment once.
 */
final class ExifOrientation {

	private ExifOrientation() {
	}

	/** The EXIF Orientation (1–8) of a JPEG, or 1 when there is none or it cannot be read. */
	static int read(byte[] jpeg) {
		try {
			Iterable<byte[]> app1 = JpegSegmentReader.readSegments(new SequentialByteArrayReader(jpeg), List.of(JpegSegmentType.APP1))
				.getSegments(JpegSegmentType.APP1);
			for (byte[] segment : app1) {
				if (ExifReader.startsWithJpegExifPreamble(segment)) {
					return orientation(segment);
				}
			}
		}
		catch (JpegProcessingException | IOException | RuntimeException e) {
			// not a JPEG metadata-extractor can walk (truncated, a marker out of place): the pixels still are
		}
		return 1;
	}

	private static int orientation(byte[] exif) throws IOException {
		var metadata = new Metadata();
		try {
			new TiffReader().processTiff(new ByteArrayReader(exif, ExifReader.JPEG_SEGMENT_PREAMBLE.length()),
					new FirstDirectoryOnly(metadata), 0);
		}
		catch (TiffProcessingException e) {
			return 1;
		}
		ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
		Integer value = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
		return value != null && value >= 1 && value <= 8 ? value : 1;
	}

	/** Exif's own handler, kept to the first directory's plain values. */
	private static final class FirstDirectoryOnly extends ExifTiffHandler {

		FirstDirectoryOnly(Metadata metadata) {
			super(metadata, null, 0);
		}

		@Override
		public boolean tryEnterSubIfd(int tagId) {
			return false;
		}

		@Override
		public boolean hasFollowerIfd() {
			return false;
		}

		@Override
		public boolean customProcessTag(int tagOffset, Set<Integer> processedIfdOffsets, int tiffHeaderOffset,
				RandomAccessReader reader, int tagId, int byteCount) {
			return false;
		}
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
}
