package red.cardinal.media;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;

import javax.imageio.stream.ImageInputStreamImpl;

/**
 * An upload's bytes as an {@link javax.imageio.stream.ImageInputStream} that stops a decoder which
 * keeps reading past the end of the file or past its time (the CPU time of the thread that reads,
 * so that a busy machine does not refuse what an idle one takes). Decoders catch the {@code EOFException}
 * of a truncated file and go on, pixel by pixel: TwelveMonkeys' lossless WebP decoder spends 30 s
 * on a 38-byte file that claims 2000×2000. They do not catch this unchecked {@link Exceeded}, so
 * it ends the decode there. {@code ImageReader.abort()} is no substitute: neither the WebP nor the
 * JDK's progressive JPEG decoder looks at it while it works.
 * <p>
 * The time is checked only as the decoder reads, so it bounds decoders that read as they go
 * (WebP reads bit by bit); the JDK's JPEG and PNG decoders read large blocks and are bounded by
 * the checks the {@link ImagePipeline} makes before decoding.
 */
final class BudgetedImageInput extends ImageInputStreamImpl {

	/** Reads past the end a decoder may make (a few are normal: a reader looking for one more marker). */
	static final int MAX_READS_PAST_END = 64;

	/** The decoder read past the end of the file too often, or went past its deadline. */
	static final class Exceeded extends RuntimeException {

		Exceeded(String why) {
			super(why, null, false, false);
		}
	}

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final byte[] bytes;
	private final long deadline;
	private int readsPastEnd;
	private int reads;

	/** @param budget the time the reading thread may spend from now on */
	BudgetedImageInput(byte[] bytes, Duration budget) {
		this.bytes = bytes;
		this.deadline = now() + budget.toNanos();
	}

	private static long now() {
		// -1 when CPU time is supported but switched off: then wall time, so the budget still holds
		long cpu = THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : -1;
		return cpu >= 0 ? cpu : System.nanoTime();
	}

	@Override
	public int read() {
		if (!available()) {
			return -1;
		}
		bitOffset = 0;
		return bytes[(int) streamPos++] & 0xff;
	}

	@Override
	public int read(byte[] into, int offset, int length) {
		if (length == 0) {
			return 0;
		}
		if (!available()) {
			return -1;
		}
		bitOffset = 0;
		int n = (int) Math.min(length, bytes.length - streamPos);
		System.arraycopy(bytes, (int) streamPos, into, offset, n);
		streamPos += n;
		return n;
	}

	@Override
	public long length() {
		return bytes.length;
	}

	private boolean available() {
		// the clock costs about a microsecond; a lossless WebP reads once per bit, so look at it every 4096 reads
		if ((++reads & 0xfff) == 0 && now() - deadline > 0) {
			throw new Exceeded("decoding took longer than its budget");
		}
		if (streamPos < bytes.length) {
			return true;
		}
		if (++readsPastEnd > MAX_READS_PAST_END) {
			throw new Exceeded("the decoder keeps reading past the end of the file");
		}
		return false;
	}
}
