package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser at an application on this machine, over real HTTP: its own cookies (and so its own
 * session and CSRF token), redirects not followed, and optionally a client address that the trusted
 * local proxy names in {@code X-Forwarded-For}.
 */
public final class TestBrowser {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;
	private final String forwardedFor;
	private final CookieManager cookies = new CookieManager();
	private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
		.followRedirects(HttpClient.Redirect.NEVER).build();

	public TestBrowser(int port) {
		this(port, null);
	}

	/** A browser whose requests come, as the proxy says, from {@code clientAddress}. */
	public TestBrowser(int port, String clientAddress) {
		this.port = port;
		this.forwardedFor = clientAddress;
	}

	public HttpResponse<String> get(String path) throws Exception {
		return send(request(path));
	}

	/** Submits a form, URL-encoded, in the order given. */
	public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * Submits a multipart form as a browser does: the fields, then each file as a part named
	 * {@code fileField}, {@code image/jpeg} unless its name says PNG.
	 */
	public HttpResponse<String> postMultipart(String path, Map<String, String> fields, String fileField,
			Map<String, byte[]> files) throws Exception {
		String boundary = "----cardinal" + System.nanoTime();
		var body = new java.io.ByteArrayOutputStream();
		for (var field : fields.entrySet()) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
					+ field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
		}
		for (var file : files.entrySet()) {
			String type = file.getKey().endsWith(".png") ? "image/png" : "image/jpeg";
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
					+ file.getKey() + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.getValue());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	/** The CSRF token of the page at {@code path}, which this browser loads. */
	public String csrf(String path) throws Exception {
		return csrfFrom(get(path));
	}

	/** Fills in the sign-in form and submits it; the answer to the submission. */
	public HttpResponse<String> submitSignIn(String email, String password, boolean remember) throws Exception {
		var form = new LinkedHashMap<>(Map.of("_csrf", csrf("/login"), "username", email, "password", password));
		if (remember) {
			form.put("remember-me", "true");
		}
		return post("/login", form);
	}

	/** Where signing in sends this browser. */
	public String signIn(String email, String password) throws Exception {
		return location(submitSignIn(email, password, false)).orElseThrow();
	}

	/** This browser, signed in: the sign-in led to the dashboard. */
	public TestBrowser signedIn(String email, String password, boolean remember) throws Exception {
		assertThat(location(submitSignIn(email, password, remember))).as("where signing in leads")
			.hasValueSatisfying(l -> assertThat(l).endsWith("/dashboard"));
		return this;
	}

	/** The cookie this browser holds under that name, if any. */
	public Optional<HttpCookie> cookie(String name) {
		return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).findFirst();
	}

	public static Optional<String> location(HttpResponse<?> response) {
		return response.headers().firstValue("Location");
	}

	public static String csrfFrom(HttpResponse<String> response) {
		Matcher m = CSRF.matcher(response.body());
		assertThat(m.find()).as("a CSRF token in " + response.uri()).isTrue();
		return m.group(1);
	}

	private HttpRequest.Builder request(String path) {
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
		return forwardedFor == null ? request : request.header("X-Forwarded-For", forwardedFor);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}
}
