package red.cardinal.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import tools.jackson.databind.json.JsonMapper;

/**
 * How a servlet filter refuses a request before any controller could: problem details naming the
 * field, as {@link ApiProblems} writes them, for the API and JSON bodies; otherwise the error page
 * ({@link ErrorPages}) with the message.
 */
final class FilterRefusals {

	private FilterRefusals() {
	}

	static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String field,
			String message) throws IOException {
		String type = request.getContentType();
		boolean json = request.getRequestURI().startsWith("/api/") || type != null && type.contains("json");
		if (!json) {
			request.setAttribute(ErrorPages.PROBLEM, message);
			response.sendError(status.value());
			return;
		}
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		String quoted = JsonMapper.shared().writeValueAsString(message);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":" + JsonMapper.shared()
			.writeValueAsString(status.getReasonPhrase()) + ",\"status\":" + status.value() + ",\"detail\":" + quoted
				+ ",\"errors\":[{\"field\":\"" + field + "\",\"message\":" + quoted + "}]}");
	}
}
