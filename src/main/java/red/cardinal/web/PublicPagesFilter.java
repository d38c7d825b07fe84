package red.cardinal.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.MimeHeaders;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The short path of a public page: an anonymous request for a response {@link PublicPages} keeps is
 * answered here, first of all filters (in the embedded Tomcat, {@link PublicPagesValve} answers it
 * earlier still), with the headers and body it had when the normal way answered
 * it (the security headers, the CSP with its hash, the ETag, with a 304 for it), and counted as that
 * way counts it. Anything else goes the normal way, and a response a controller offered is kept as it
 * is answered.
 */
@Component
// first of all, also ahead of the HTTP observation (HIGHEST_PRECEDENCE + 1) when metrics are on: a kept
// view costs no timer; card views are counted by analytics' own counter (docs/configuration.md, Metrics)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PublicPagesFilter extends HttpFilter {

	/** Made again for each answer, or about the body rather than the response. */
	private static final Set<String> NOT_KEPT = Set.of("content-length", "content-encoding", "transfer-encoding", "date",
			"connection", "keep-alive");

	/** The request attribute under which {@link PublicPagesValve} leaves the key it found (or {@link #NO_KEY}). */
	static final String KEY = PublicPagesFilter.class.getName() + ".key";

	static final String NO_KEY = "";

	private static final byte[] CONTENT_ENCODING = "Content-Encoding".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	private static final byte[] GZIP = "gzip".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	private final transient PublicPages pages;

	PublicPagesFilter(PublicPages pages) {
		this.pages = pages;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		Object known = request.getAttribute(KEY);
		request.removeAttribute(KEY); // an error page dispatched for this request has a key of its own
		String key = known == null ? pages.key(request) : NO_KEY.equals(known) ? null : (String) known;
		if (key == null) {
			chain.doFilter(request, response);
			return;
		}
		PublicPages.Kept kept = pages.find(key);
		if (kept != null) {
			answer(pages, key, kept, request, response);
			return;
		}
		pages.ticket(request);
		var answered = new Answered(response);
		try {
			chain.doFilter(request, answered);
			keep(key, request, response, answered);
		}
		finally {
			answered.copyBodyToResponse();
		}
	}

	private void keep(String key, HttpServletRequest request, HttpServletResponse response,
			Answered answered) throws IOException {
		PublicPages.Offer offer = pages.offered(request);
		if (offer == null || answered.getStatus() != HttpServletResponse.SC_OK || response.containsHeader("Set-Cookie")) {
			return;
		}
		var headers = new ArrayList<Map.Entry<String, String>>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
				response.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
			}
		}
		// Tomcat keeps these two apart from the other headers
		if (response.getContentType() != null && !response.containsHeader("Content-Type")) {
			headers.add(Map.entry("Content-Type", response.getContentType()));
		}
		if (answered.language != null && !response.containsHeader("Content-Language")) {
			headers.add(Map.entry("Content-Language", answered.language.toLanguageTag()));
		}
		byte[] body = answered.getContentAsByteArray();
		byte[] gzipped = "gzip".equals(response.getHeader("Content-Encoding")) ? body : gzip(body);
		pages.put(request, key, PublicPages.Kept.of(offer.cardId(), headers, response.getHeader("ETag"), gzipped, offer.onView()));
	}

	/**
	 * Answers a request with a kept response, counted as the normal way counts it; also
	 * {@link PublicPagesValve}'s answer, which hands Tomcat the headers as the bytes it sends.
	 */
	static void answer(PublicPages pages, String key, PublicPages.Kept kept, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		kept.onView().accept(request);
		boolean notModified = kept.etag() != null && matches(request.getHeader("If-None-Match"), kept.etag());
		MimeHeaders wire = response instanceof org.apache.catalina.connector.Response tomcat
				? tomcat.getCoyoteResponse().getMimeHeaders() : null;
		boolean gzip = acceptsGzip(request.getHeader("Accept-Encoding"));
		var headers = kept.headers();
		for (int i = 0; i < headers.size(); i++) {
			var header = headers.get(i);
			if (notModified && header.getKey().equalsIgnoreCase("Content-Type")) {
				continue;
			}
			// as bytes, even the content type: Tomcat, not seeing one, leaves the response (and its Vary) as it was kept
			if (wire == null) {
				response.addHeader(header.getKey(), header.getValue());
			}
			else {
				byte[] name = kept.wire()[2 * i];
				byte[] value = kept.wire()[2 * i + 1];
				wire.addValue(name, 0, name.length).setBytes(value, 0, value.length);
			}
		}
		if (notModified) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		byte[] body = kept.gzipped();
		if (gzip) {
			// Tomcat leaves a response that already has a Content-Encoding alone
			if (wire == null) {
				response.setHeader("Content-Encoding", "gzip");
			}
			else {
				wire.addValue(CONTENT_ENCODING, 0, CONTENT_ENCODING.length).setBytes(GZIP, 0, GZIP.length);
			}
		}
		else if (kept.plain() != null) {
			body = kept.plain();
		}
		else {
			body = gunzip(body);
			pages.keepPlain(key, kept, body);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** A response as it is answered the normal way: its body kept until it is sent, its language noted. */
	private static final class Answered extends ContentCachingResponseWrapper {

		private Locale language;

		Answered(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			language = locale;
		}
	}

	/** Whether If-None-Match names this ETag, compared weakly (as Spring's {@code checkNotModified} does). */
	static boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String opaque = etag.startsWith("W/") ? etag.substring(2) : etag;
		for (String candidate : ifNoneMatch.split(",", 50)) {
			String tag = candidate.strip();
			if (tag.equals("*") || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(opaque)) {
				return true;
			}
		}
		return false;
	}

	/** Whether Accept-Encoding takes gzip: listed, and not with {@code q=0}. */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		for (String part : acceptEncoding.split(",", 50)) {
			String[] coding = part.split(";", 3);
			if (coding[0].strip().equalsIgnoreCase("gzip")) {
				return coding.length == 1 || !coding[1].strip().replace(" ", "").matches("q=0(\\.0*)?");
			}
		}
		return false;
	}

	private static byte[] gzip(byte[] bytes) throws IOException {
		var out = new ByteArrayOutputStream(bytes.length / 3 + 64);
		try (var gzip = new GZIPOutputStream(out)) {
			gzip.write(bytes);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (var in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}
}
