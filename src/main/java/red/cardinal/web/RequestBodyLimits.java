package red.cardinal.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Bounds request bodies before anything reads them: a body declared larger than its limit is a 413
 * without a byte read, and a body without a declared length (chunked) stops at the limit with
 * {@link BodyTooLargeException}. Public requests (orders, bookings, shares, sign-up and sign-in,
 * tokens, and whatever is added later) get the small limit; the owner's areas the larger one, except
 * multipart uploads, which keep their own limits ({@code spring.servlet.multipart.*}, per import).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // before Spring Security and every filter that parses a form
class RequestBodyLimits extends OncePerRequestFilter {

	/** Signed-in areas; {@code /api/v1/accounts} and {@code /api/v1/tokens} are public. */
	private static final List<String> OWNER_AREAS = List.of("/dashboard/", "/account/", "/admin/", "/api/v1/");

	private static final List<String> PUBLIC_API = List.of("/api/v1/accounts", "/api/v1/tokens");

	private final long publicLimit;
	private final long ownerLimit;
	private final long uploadLimit;
	private final MessageSource messages;
	private final LocaleResolver locales;

	RequestBodyLimits(@Value("${cardinal.limits.public-body:32KB}") DataSize publicLimit,
			@Value("${cardinal.limits.owner-body:1MB}") DataSize ownerLimit,
			@Value("${spring.servlet.multipart.max-request-size:60MB}") DataSize uploadLimit, MessageSource messages,
			LocaleResolver locales) {
		this.publicLimit = publicLimit.toBytes();
		this.ownerLimit = ownerLimit.toBytes();
		this.uploadLimit = uploadLimit.toBytes();
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limit(request);
		if (limit < 0) {
			if (request.getContentLengthLong() > uploadLimit) {
				// past it Tomcat reads no field of the post, and answers an empty 413: say what the bound is instead
				response.setHeader("Connection", "close");
				// the error page's dispatch would parse the multipart again, fail, and answer nothing: this
				// tells the DispatcherServlet that its resolution failed already and to render the page regardless
				request.setAttribute(jakarta.servlet.RequestDispatcher.ERROR_EXCEPTION,
						new org.springframework.web.multipart.MaxUploadSizeExceededException(uploadLimit));
				FilterRefusals.refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "file", messages.getMessage(
						"error.upload.tooLarge", new Object[] { uploadLimit / (1024 * 1024) }, locales.resolveLocale(request)));
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limit) {
			refuse(request, response, limit);
			return;
		}
		boolean declared = request.getContentLengthLong() >= 0;
		boolean bodiless = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (!declared && !bodiless && limit == publicLimit && parsedByTomcat(request)) {
			// Tomcat reads forms and multipart itself, past any wrapper: their length must be known
			response.sendError(HttpStatus.LENGTH_REQUIRED.value());
			return;
		}
		try {
			chain.doFilter(declared || bodiless ? request : new Limited(request, limit), response);
		}
		catch (BodyTooLargeException e) {
			// read past the limit by a filter (a form's parameters), before any handler could answer
			if (response.isCommitted()) {
				throw e;
			}
			response.reset();
			refuse(request, response, limit);
		}
	}

	private static boolean parsedByTomcat(HttpServletRequest request) {
		String type = request.getContentType();
		type = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
		return type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/");
	}

	/** The limit for this request in bytes, or -1 for none of ours. */
	private long limit(HttpServletRequest request) {
		// decoded and normalised, as Spring Security and MVC match it (/api/v1/%74okens is the tokens endpoint)
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		boolean owner = OWNER_AREAS.stream().anyMatch(path::startsWith) && !PUBLIC_API.contains(path);
		if (!owner) {
			return publicLimit;
		}
		String type = request.getContentType();
		return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/") ? -1 : ownerLimit;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		// an unread body is not kept: the connection closes after this answer instead of draining it
		response.setHeader("Connection", "close");
		FilterRefusals.refuse(request, response, HttpStatus.CONTENT_TOO_LARGE, "body", message(request, limit));
	}

	String message(HttpServletRequest request, long limit) {
		return messages.getMessage("error.body.tooLarge", new Object[] { limit / 1024 }, locales.resolveLocale(request));
	}

	/** A request whose body, of no declared length, ends in {@link BodyTooLargeException} past the limit. */
	private static final class Limited extends HttpServletRequestWrapper {

		private final long limit;
		private ServletInputStream stream;

		Limited(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedStream(super.getInputStream(), limit);
			}
			return stream;
		}

		@Override
		public BufferedReader getReader() throws IOException {
			String encoding = getCharacterEncoding();
			return new BufferedReader(encoding == null ? new InputStreamReader(getInputStream(), StandardCharsets.UTF_8)
					: new InputStreamReader(getInputStream(), encoding));
		}
	}

	private static final class LimitedStream extends ServletInputStream {

		private final ServletInputStream in;
		private final long limit;
		private long read;

		LimitedStream(ServletInputStream in, long limit) {
			this.in = in;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, (int) Math.min(length, limit - read + 1));
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) {
			read += n;
			if (read > limit) {
				throw new BodyTooLargeException(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}
	}
}
