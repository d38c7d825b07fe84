package red.cardinal.web;

/**
 * A request body read past its limit ({@link RequestBodyLimits}); answered 413. Unchecked, so that
 * body readers (JSON, forms) let it through instead of calling it unreadable input.
 */
class BodyTooLargeException extends RuntimeException {

	private final long limit;

	BodyTooLargeException(long limit) {
		super("request body over " + limit + " bytes", null, false, false);
		this.limit = limit;
	}

	long limit() {
		return limit;
	}
}
