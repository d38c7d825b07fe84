package red.cardinal.web;

/** What the error page shows for an HTTP status. */
public record ErrorPage(int status) {

	public String titleKey() {
		return switch (status) {
			case 404 -> "error.404.title";
			case 403 -> "error.403.title";
			case 429 -> "error.429.title";
			default -> "error.500.title";
		};
	}

	public String textKey() {
		return switch (status) {
			case 404 -> "error.404.text";
			case 403 -> "error.403.text";
			case 429 -> "error.429.text";
			default -> "error.500.text";
		};
	}
}
