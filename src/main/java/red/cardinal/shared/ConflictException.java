package red.cardinal.shared;

/** Input that is valid but conflicts with stored state (a slug taken, a slot taken): HTTP 409. */
public class ConflictException extends RuntimeException {

	private final Violation violation;

	public ConflictException(Violation violation) {
		super("Conflict: " + violation);
		this.violation = violation;
	}

	public Violation violation() {
		return violation;
	}
}
