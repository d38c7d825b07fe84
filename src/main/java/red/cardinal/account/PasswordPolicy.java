package red.cardinal.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** 8 to 128 characters, not one of the most common passwords, not the email address. */
final class PasswordPolicy {

	static final int MIN = 8;

	static final int MAX = 128;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** The reason a password is refused, as a message key, or null. */
	static String problem(String password, String email) {
		if (password == null || password.isEmpty()) {
			return "password.required";
		}
		int length = password.codePointCount(0, password.length());
		if (length < MIN) {
			return "password.short";
		}
		if (length > MAX) {
			return "password.long";
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || lower.chars().distinct().count() <= 2) {
			return "password.common";
		}
		if (email != null && (lower.equals(email.toLowerCase(Locale.ROOT))
				|| lower.equals(email.toLowerCase(Locale.ROOT).split("@")[0]))) {
			return "password.email";
		}
		return null;
	}

	private static Set<String> load() {
		try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.map(line -> line.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
