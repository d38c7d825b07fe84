package red.cardinal.shared;

/** Something unknown, or someone else's: both are answered 404 so ids leak nothing. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what) {
		super(what + " not found");
	}
}
