package red.cardinal.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every server-rendered page its {@link Ui} as the model attribute {@code ui}. */
@ControllerAdvice(annotations = Controller.class)
class UiAdvice {

	private final MessageSource messages;

	UiAdvice(MessageSource messages) {
		this.messages = messages;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request) {
		return forRequest(messages, request);
	}

	static Ui forRequest(MessageSource messages, HttpServletRequest request) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = auth != null && auth.isAuthenticated() && !"anonymousUser".equals(auth.getPrincipal());
		boolean admin = signedIn
				&& auth.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
		return new Ui(messages, RequestContextUtils.getLocale(request),
				(CsrfToken) request.getAttribute(CsrfToken.class.getName()), signedIn ? auth.getName() : null, admin,
				Map.of());
	}
}
