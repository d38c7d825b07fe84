package red.cardinal.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.support.RequestContextUtils;

import jakarta.servlet.http.HttpServletRequest;
import red.cardinal.shared.BusyException;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.PreconditionFailedException;
import red.cardinal.shared.TooManyRequestsException;
import red.cardinal.shared.Violation;

/**
 * Turns refused input into RFC 9457 problem details for the JSON API, with an {@code errors}
 * list naming each field: {@code [{"field": "links[0].url", "message": "…"}]}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE) // before the error pages' advice, which @RestController (a @Controller) also matches
class ApiProblems {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input", e.violations(), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request) {
		return problem(HttpStatus.CONFLICT, "Conflict", List.of(e.violation()), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> changed(PreconditionFailedException e, HttpServletRequest request) {
		var answer = problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed",
				List.of(Violation.of("If-Match", "error.changed")), request);
		return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
			.eTag("\"" + e.current() + "\"").body(answer.getBody());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> busy(BusyException e, HttpServletRequest request) {
		return later(HttpStatus.SERVICE_UNAVAILABLE, "Busy", e, request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooMany(TooManyRequestsException e, HttpServletRequest request) {
		return later(HttpStatus.TOO_MANY_REQUESTS, "Too Many Requests", e, request);
	}

	private ResponseEntity<ProblemDetail> later(HttpStatus status, String title, BusyException e,
			HttpServletRequest request) {
		var problem = problem(status, title, List.of(e.violation()), request);
		return ResponseEntity.status(problem.getStatusCode()).headers(problem.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).body(problem.getBody());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> notFound(NotFoundException e, HttpServletRequest request) {
		return problem(HttpStatus.NOT_FOUND, "Not found", List.of(), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
		for (Throwable cause = e; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLargeException tooLarge) {
				return tooLarge(tooLarge, request);
			}
		}
		return problem(HttpStatus.BAD_REQUEST, "Invalid input",
				List.of(Violation.of("body", "error.body.unreadable")), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(BodyTooLargeException e, HttpServletRequest request) {
		return problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large",
				List.of(Violation.of("body", "error.body.tooLarge", e.limit() / 1024)), request);
	}

	/** A form field the target has no place for, e.g. {@code items[100000]} past the binder's list limit. */
	@ExceptionHandler
	ResponseEntity<ProblemDetail> invalidField(InvalidPropertyException e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input",
				List.of(Violation.of(e.getPropertyName(), "error.field.invalid")), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input",
				List.of(Violation.of(e.getRequestPartName(), "error.required")), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> missingParam(MissingServletRequestParameterException e,
			HttpServletRequest request) {
		return problem(HttpStatus.BAD_REQUEST, "Invalid input",
				List.of(Violation.of(e.getParameterName(), "error.required")), request);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
		return problem(HttpStatus.PAYLOAD_TOO_LARGE, "Upload too large",
				List.of(Violation.of("file", "error.upload.tooLarge", e.getMaxUploadSize() < 0 ? "?" : e.getMaxUploadSize() / (1024 * 1024))), request);
	}

	ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, List<Violation> violations,
			HttpServletRequest request) {
		Locale locale = RequestContextUtils.getLocale(request);
		ProblemDetail body = ProblemDetail.forStatus(status);
		body.setTitle(title);
		body.setInstance(URI.create(request.getRequestURI()));
		if (!violations.isEmpty()) {
			body.setDetail(violations.size() == 1 ? message(violations.get(0), locale)
					: violations.size() + " fields are invalid");
			body.setProperty("errors", violations.stream()
				.map(v -> Map.of("field", v.field(), "message", message(v, locale)))
				.toList());
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private String message(Violation v, Locale locale) {
		return messages.getMessage(v.code(), v.args().toArray(), v.code(), locale);
	}
}
