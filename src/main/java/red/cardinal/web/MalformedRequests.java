package red.cardinal.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A request Tomcat cannot decode (a bad {@code %} escape or invalid UTF-8 in a parameter, found
 * wherever a parameter is first read: a security filter, a controller) is the client's mistake: a 400
 * (problem details under {@code /api}, the error page elsewhere) and one log line, where it used to be
 * a 23 KB stack trace at ERROR.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // around everything that may read a parameter
class MalformedRequests extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(MalformedRequests.class);

	private final MessageSource messages;
	private final LocaleResolver locales;

	MalformedRequests(MessageSource messages, LocaleResolver locales) {
		this.messages = messages;
		this.locales = locales;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException e) {
			InvalidParameterException malformed = malformed(e);
			if (malformed == null || response.isCommitted()) {
				throw e;
			}
			String uri = request.getRequestURI();
			log.info("Malformed request {} {}: {}", request.getMethod(), uri.length() > 200 ? uri.substring(0, 200) + "…" : uri,
					malformed.getMessage());
			refuse(request, response);
		}
	}

	private static InvalidParameterException malformed(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidParameterException invalid) {
				return invalid;
			}
		}
		return null;
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.resetBuffer();
		FilterRefusals.refuse(request, response, HttpStatus.BAD_REQUEST, "request",
				messages.getMessage("error.request.malformed", null, locales.resolveLocale(request)));
	}
}
