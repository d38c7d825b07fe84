package red.cardinal.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;

/**
 * Turns JSON read as a tree (a card's body, a section's settings within it) into its type, with the
 * app's JSON settings. What does not fit is an {@link InvalidInputException} naming the field.
 */
@Component
public class JsonBodies {

	private final ObjectMapper mapper;

	JsonBodies(ObjectMapper mapper) {
		this.mapper = mapper;
	}

	/** The object in {@code json}; {@code at} names it in errors ({@code "store"}, or null for the whole body). */
	public <T> T read(JsonNode json, Class<T> type, String at) {
		if (json == null || !json.isObject()) {
			throw new InvalidInputException(List.of(Violation.of(at == null ? "body" : at,
					at == null ? "error.body.unreadable" : "error.field.invalid")));
		}
		return convert(json, type, at);
	}

	/** As {@link #read}, adding what does not fit to {@code violations} and answering null instead of throwing. */
	public <T> T read(JsonNode json, Class<T> type, String at, List<Violation> violations) {
		try {
			return read(json, type, at);
		}
		catch (InvalidInputException e) {
			violations.addAll(e.violations());
			return null;
		}
	}

	/** As {@link #read}, for any JSON value (a list, say). */
	public <T> T convert(JsonNode json, Class<T> type, String at) {
		try {
			return mapper.treeToValue(json, type);
		}
		catch (JacksonException e) {
			throw new InvalidInputException(List.of(Violation.of(path(at, e), "error.field.invalid")));
		}
	}

	/** A value as JSON, as a form's settings are handed to the same checks as the API's. */
	public JsonNode tree(Object value) {
		return mapper.valueToTree(value);
	}

	private static String path(String at, JacksonException e) {
		var path = new StringBuilder(at == null ? "" : at);
		for (var ref : e.getPath()) {
			if (ref.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}
}
