package red.cardinal.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

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
import red.cardinal.shared.Violation;

/**
 * Error pages a person can act on: never a stack trace. API paths get problem details,
 * everything else a page in the visitor's language.
 */
@Controller
class ErrorPages implements ErrorController {

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
		return page(HttpStatus.resolve(status) == null ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.valueOf(status),
				request);
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
			return pages.page(HttpStatus.SERVICE_UNAVAILABLE, request, java.util.List.of(e.violation()));
		}

		@ExceptionHandler(ConflictException.class)
		@ResponseStatus(HttpStatus.CONFLICT)
		ModelAndView conflict(ConflictException e, HttpServletRequest request) {
			return pages.page(HttpStatus.CONFLICT, request, java.util.List.of(e.violation()));
		}
	}
}
