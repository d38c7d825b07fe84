package red.cardinal.portability;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** The compressed bytes read so far, so that a ratio is measured on what came, not on what a header says. */
final class CountedInput extends FilterInputStream {

	private long count;

	CountedInput(InputStream in) {
		super(in);
	}

	long count() {
		return count;
	}

	@Override
	public int read() throws IOException {
		int b = super.read();
		if (b >= 0) {
			count++;
		}
		return b;
	}

	@Override
	public int read(byte[] b, int off, int len) throws IOException {
		int n = super.read(b, off, len);
		if (n > 0) {
			count += n;
		}
		return n;
	}
}
