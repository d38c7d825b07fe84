package red.cardinal.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

import red.cardinal.shared.BusyException;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.TooManyRequestsException;
import red.cardinal.shared.Violation;

/**
 * Error pages a person can act on: never a stack trace. API paths get problem details,
 * everything else a page in the visitor's language.
 */
@Controller
class ErrorPages implements ErrorController {

	/** A request attribute: what a filter that refused the request wants the error page to say. */
	static final String PROBLEM = ErrorPages.class.getName() + ".problem";

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, HttpServletResponse response) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer i ? i : 500;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		if (uri instanceof String path && path.startsWith("/api/")) {
			ProblemDetail body = ProblemDetail.forStatus(status);
			return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
		}
		HttpStatus resolved = HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(status);
		if (request.getAttribute(PROBLEM) instanceof String m) {
			Ui ui = UiAdvice.forRequest(messages, request);
			var mav = new ModelAndView("error/error", Map.of("ui", ui, "page", new ErrorPage(status, java.util.List.of(m))));
			mav.setStatus(resolved);
			return mav;
		}
		return page(resolved, request);
	}

	ModelAndView page(HttpStatus status, HttpServletRequest request) {
		return page(status, request, java.util.List.of());
	}

	ModelAndView page(HttpStatus status, HttpServletRequest request, java.util.List<Violation> problems) {
		Ui ui = UiAdvice.forRequest(messages, request);
		var mav = new ModelAndView("error/error", Map.of("ui", ui, "page",
				new ErrorPage(status.value(), problems.stream().map(ui::message).toList())));
		mav.setStatus(status);
		return mav;
	}

	/**
	 * Unknown or someone else's things in server-rendered screens: a real 404 page; input a screen
	 * did not catch itself (a bad date in a link, a move an order cannot make): 400 or 409 saying why.
	 */
	@org.springframework.web.bind.annotation.ControllerAdvice(annotations = Controller.class)
	static class NotFoundPages {

		private final ErrorPages pages;

		NotFoundPages(ErrorPages pages) {
			this.pages = pages;
		}

		@ExceptionHandler(NotFoundException.class)
		@ResponseStatus(HttpStatus.NOT_FOUND)
		ModelAndView notFound(HttpServletRequest request) {
			return pages.page(HttpStatus.NOT_FOUND, request);
		}

		@ExceptionHandler(InvalidInputException.class)
		@ResponseStatus(HttpStatus.BAD_REQUEST)
		ModelAndView invalid(InvalidInputException e, HttpServletRequest request) {
			return pages.page(HttpStatus.BAD_REQUEST, request, e.violations());
		}

		@ExceptionHandler(BusyException.class)
		ModelAndView busy(BusyException e, HttpServletRequest request, HttpServletResponse response) {
			response.setHeader(org.springframework.http.HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
			return pages.page(e instanceof TooManyRequestsException ? HttpStatus.TOO_MANY_REQUESTS
					: HttpStatus.SERVICE_UNAVAILABLE, request, java.util.List.of(e.violation()));
		}

		/** A form field the form has no place for, e.g. {@code items[100000]} past the binder's list limit. */
		@ExceptionHandler(InvalidPropertyException.class)
		@ResponseStatus(HttpStatus.BAD_REQUEST)
		ModelAndView invalidField(HttpServletRequest request) {
			return pages.page(HttpStatus.BAD_REQUEST, request, java.util.List.of(Violation.of("form", "error.form.invalid")));
		}

		@ExceptionHandler(BodyTooLargeException.class)
		@ResponseStatus(HttpStatus.CONTENT_TOO_LARGE)
		ModelAndView tooLarge(BodyTooLargeException e, HttpServletRequest request) {
			return pages.page(HttpStatus.CONTENT_TOO_LARGE, request,
					java.util.List.of(Violation.of("body", "error.body.tooLarge", e.limit() / 1024)));
		}

		@ExceptionHandler(ConflictException.class)
		@ResponseStatus(HttpStatus.CONFLICT)
		ModelAndView conflict(ConflictException e, HttpServletRequest request) {
			return pages.page(HttpStatus.CONFLICT, request, java.util.List.of(e.violation()));
		}
	}
}
