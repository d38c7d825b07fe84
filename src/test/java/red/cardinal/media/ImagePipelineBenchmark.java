package red.cardinal.media;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Processing a 12-megapixel camera JPEG: the time per upload (JMH, {@code bench/run.sh
 * ImagePipelineBenchmark}) and, as a plain program with {@code -Xmx512m}, whether four uploads at
 * once fit in a 512 MB heap, with the peak heap they reached ({@code bench/media-memory.sh}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx512m")
public class ImagePipelineBenchmark {

	byte[] camera = cameraJpeg();

	byte[] source = ImagePipeline.photo(camera, MediaLibrary.PHOTO_SIZE, PhotoCrop.CENTRE).source().bytes();

	/** A card photo as uploaded: its source kept and its middle square cut. */
	@Benchmark
	public ImagePipeline.Photo photo() {
		return ImagePipeline.photo(camera, MediaLibrary.PHOTO_SIZE, PhotoCrop.CENTRE);
	}

	/** A card photo placed again: cut from its kept source. */
	@Benchmark
	public ImagePipeline.Processed placedPhoto() {
		return ImagePipeline.crop(source, MediaLibrary.PHOTO_SIZE, new PhotoCrop(20, 40, 150));
	}

	@Benchmark
	public List<ImagePipeline.Processed> galleryImage() {
		return ImagePipeline.renditions(camera, MediaLibrary.WIDTHS);
	}

	/** 4000×3000 pixels of gradient and noise, as a phone's JPEG (noise keeps it from compressing away). */
	public static byte[] cameraJpeg() {
		var image = new BufferedImage(4000, 3000, BufferedImage.TYPE_INT_RGB);
		var g = image.createGraphics();
		g.setPaint(new GradientPaint(0, 0, new Color(0x2255aa), 4000, 3000, new Color(0xffcc66)));
		g.fillRect(0, 0, 4000, 3000);
		g.dispose();
		var random = new Random(12);
		for (int i = 0; i < 2_000_000; i++) {
			image.setRGB(random.nextInt(4000), random.nextInt(3000), random.nextInt());
		}
		var out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "jpg", out);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return out.toByteArray();
	}

	/** Four uploads of a 12 MP JPEG at once, three rounds; prints the heap's peak. Run with -Xmx512m. */
	public static void main(String[] args) throws Exception {
		byte[] camera = cameraJpeg();
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
		var pool = Executors.newFixedThreadPool(4);
		long start = System.nanoTime();
		for (int round = 0; round < 3; round++) {
			List<Callable<Object>> uploads = List.of(() -> ImagePipeline.renditions(camera, MediaLibrary.WIDTHS),
					() -> ImagePipeline.photo(camera, MediaLibrary.PHOTO_SIZE, PhotoCrop.CENTRE),
					() -> ImagePipeline.renditions(camera, MediaLibrary.WIDTHS),
					() -> ImagePipeline.photo(camera, MediaLibrary.PHOTO_SIZE, PhotoCrop.CENTRE));
			for (var done : pool.invokeAll(uploads)) {
				done.get();
			}
		}
		pool.shutdown();
		long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
			.filter(p -> p.getType() == MemoryType.HEAP)
			.mapToLong(p -> p.getPeakUsage().getUsed())
			.sum();
		System.out.printf("12 MP JPEG (%d KB), 4 at once x 3 rounds: %d ms, max heap %d MB, peak heap used %d MB%n",
				camera.length / 1024, (System.nanoTime() - start) / 1_000_000,
				Runtime.getRuntime().maxMemory() / (1024 * 1024), peak / (1024 * 1024));
	}
}
