package red.cardinal.account;

/** An admin closed sign-up on this instance. */
public class SignUpClosedException extends RuntimeException {

	public SignUpClosedException() {
		super("Sign-up is closed on this instance");
	}
}
