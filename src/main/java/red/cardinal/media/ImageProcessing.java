package red.cardinal.media;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import red.cardinal.shared.BusyException;
import red.cardinal.shared.Violation;

/**
 * How many images are decoded at once: each holds its pixels in the heap (a 12-megapixel photo
 * ~48 MB as ARGB, plus the scaled copies), so eight at once took a 512 MB heap down. An upload
 * waits up to {@code cardinal.media.processing.wait} for its turn, then is refused with 503
 * (see {@link BusyException}).
 */
@Component
class ImageProcessing {

	/** What the rest of the application is given before images get their share of the heap. */
	static final long RESERVED_HEAP = 128L * 1024 * 1024;

	/** The heap one image may take while it is processed, at the largest size accepted. */
	static final long HEAP_PER_IMAGE = 96L * 1024 * 1024;

	/** Work done while holding a turn. */
	@FunctionalInterface
	interface Work<T> {

		T run() throws java.io.IOException;
	}

	private final Semaphore turns;
	private final int size;
	private final Duration wait;
	private final Duration retryAfter;

	/** @param concurrency images processed at once; 0 sizes it from the heap ({@link #fromHeap}) */
	ImageProcessing(@Value("${cardinal.media.processing.concurrency:0}") int concurrency,
			@Value("${cardinal.media.processing.wait:PT10S}") Duration wait,
			@Value("${cardinal.media.processing.retry-after:PT5S}") Duration retryAfter) {
		this.size = concurrency > 0 ? concurrency : fromHeap(Runtime.getRuntime().maxMemory());
		this.turns = new Semaphore(size, true);
		this.wait = wait;
		this.retryAfter = retryAfter;
	}

	/** Images at once that fit in a heap of this size: what is left after {@link #RESERVED_HEAP}, one {@link #HEAP_PER_IMAGE} each. */
	static int fromHeap(long maxHeap) {
		return (int) Math.max(1, (maxHeap - RESERVED_HEAP) / HEAP_PER_IMAGE);
	}

	int size() {
		return size;
	}

	/**
	 * Runs the work when a turn is free, waiting for one at most the configured time.
	 * @throws BusyException naming {@code file} when no turn came in time
	 */
	<T> T run(Work<T> work) throws java.io.IOException {
		boolean acquired;
		try {
			acquired = turns.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			throw new BusyException(Violation.of("file", "media.busy"), retryAfter);
		}
		try {
			return work.run();
		}
		finally {
			turns.release();
		}
	}
}
