package red.cardinal.shared;

import java.util.List;

/** Input that was refused as a whole, with every reason; nothing of it has been stored. */
public class InvalidInputException extends RuntimeException {

	private final List<Violation> violations;

	public InvalidInputException(List<Violation> violations) {
		super("Invalid input: " + violations);
		this.violations = List.copyOf(violations);
	}

	public InvalidInputException(Violation violation) {
		this(List.of(violation));
	}

	public List<Violation> violations() {
		return violations;
	}
}
