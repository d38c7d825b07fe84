package red.cardinal.shared;

import java.util.List;

/**
 * One thing wrong with one field of some input: the field's path as the API names it
 * ({@code links[0].url}), a message key from the bundles and the key's arguments.
 */
public record Violation(String field, String code, List<Object> args) {

	public Violation {
		args = List.copyOf(args);
	}

	public static Violation of(String field, String code, Object... args) {
		return new Violation(field, code, List.of(args));
	}
}
