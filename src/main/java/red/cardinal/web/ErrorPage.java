package red.cardinal.web;

/** What the error page shows for an HTTP status, with the specific problems when there are any. */
public record ErrorPage(int status, java.util.List<String> problems) {

	public ErrorPage(int status) {
		this(status, java.util.List.of());
	}

	public String titleKey() {
		return switch (status) {
			case 400 -> "error.400.title";
			case 409 -> "error.409.title";
			case 404 -> "error.404.title";
			case 403 -> "error.403.title";
			case 413 -> "error.413.title";
			case 429 -> "error.429.title";
			case 503 -> "error.503.title";
			default -> "error.500.title";
		};
	}

	public String textKey() {
		return switch (status) {
			case 400 -> "error.400.text";
			case 409 -> "error.409.text";
			case 404 -> "error.404.text";
			case 403 -> "error.403.text";
			case 413 -> "error.413.text";
			case 429 -> "error.429.text";
			case 503 -> "error.503.text";
			default -> "error.500.text";
		};
	}
}
