package red.cardinal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.security.web.csrf.CsrfToken;

import red.cardinal.shared.Violation;

/**
 * What every server-rendered page needs besides its own model: the visitor's locale and
 * messages, the CSRF token for forms, who is signed in, and field errors to show next to fields.
 */
public final class Ui {

	private final MessageSource messages;
	private final Locale locale;
	private final CsrfToken csrf;
	private final String userEmail;
	private final boolean admin;
	private final Map<String, String> errors;

	public Ui(MessageSource messages, Locale locale, CsrfToken csrf, String userEmail, boolean admin,
			Map<String, String> errors) {
		this.messages = messages;
		this.locale = locale;
		this.csrf = csrf;
		this.userEmail = userEmail;
		this.admin = admin;
		// kept in the order given: the summary lists problems as the form has their fields
		this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
	}

	/** The same context with these violations shown next to their fields. */
	public Ui withErrors(List<Violation> violations) {
		var byField = new java.util.LinkedHashMap<String, String>(errors);
		for (Violation v : violations) {
			byField.putIfAbsent(v.field(), message(v));
		}
		return new Ui(messages, locale, csrf, userEmail, admin, byField);
	}

	/** The localised text of a message key. */
	public String t(String key, Object... args) {
		try {
			return messages.getMessage(key, args, locale);
		}
		catch (NoSuchMessageException e) {
			return key;
		}
	}

	public String message(Violation v) {
		return t(v.code(), v.args().toArray());
	}

	public String lang() {
		return locale.getLanguage();
	}

	public Locale locale() {
		return locale;
	}

	public String csrfName() {
		return csrf == null ? "_csrf" : csrf.getParameterName();
	}

	public String csrfToken() {
		return csrf == null ? "" : csrf.getToken();
	}

	public boolean signedIn() {
		return userEmail != null;
	}

	public String userEmail() {
		return userEmail;
	}

	public boolean admin() {
		return admin;
	}

	public boolean hasErrors() {
		return !errors.isEmpty();
	}

	/** The error for a field, or null. */
	public String error(String field) {
		return errors.get(field);
	}

	public Map<String, String> errors() {
		return errors;
	}
}
