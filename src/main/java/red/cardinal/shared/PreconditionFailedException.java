package red.cardinal.shared;

/**
 * An edit made against a version that is no longer the current one ({@code If-Match}, or the
 * editor's version field): nothing was changed. Answered 412.
 */
public class PreconditionFailedException extends RuntimeException {

	private final String current;

	public PreconditionFailedException(String current) {
		super("Changed since version read; now " + current);
		this.current = current;
	}

	/** The current version, to read again before trying once more. */
	public String current() {
		return current;
	}
}
