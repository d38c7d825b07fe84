package red.cardinal.wallet;

/** Why an operator's wallet credentials cannot be used, in words for the log and the admin page. */
final class UnusableCredentials extends Exception {

	UnusableCredentials(String message) {
		super(message);
	}

	UnusableCredentials(String message, Throwable cause) {
		super(message + ": " + cause.getMessage(), cause);
	}
}
