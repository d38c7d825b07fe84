package red.cardinal.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.session.security.web.authentication.SpringSessionRememberMeServices;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Gives the session cookie of a remember-me sign-in the lifetime the server honours. Spring
 * Session's {@code DefaultCookieSerializer} gives it {@code Integer.MAX_VALUE} seconds (68 years)
 * and leaves the expiry to the server; a cookie should not outlive what it stands for. Everything
 * else (name, flags, SameSite, the {@code server.servlet.session.cookie.*} settings) stays with the
 * serializer this wraps.
 */
final class RememberMeCookies implements CookieSerializer {

	private final CookieSerializer cookies;
	private final int seconds;

	RememberMeCookies(CookieSerializer cookies, int seconds) {
		this.cookies = cookies;
		this.seconds = seconds;
	}

	@Override
	public void writeCookieValue(CookieValue value) {
		// a deleted cookie comes with Max-Age=0 already and is left as it is
		if (value.getCookieMaxAge() < 0
				&& value.getRequest().getAttribute(SpringSessionRememberMeServices.REMEMBER_ME_LOGIN_ATTR) != null) {
			value.setCookieMaxAge(seconds);
		}
		cookies.writeCookieValue(value);
	}

	@Override
	public List<String> readCookieValues(HttpServletRequest request) {
		return cookies.readCookieValues(request);
	}
}
