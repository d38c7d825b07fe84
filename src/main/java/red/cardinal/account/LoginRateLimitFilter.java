package red.cardinal.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import red.cardinal.account.RateLimits.Key;

/**
 * Takes a sign-in attempt from the client's address and the email's buckets before a password is
 * even checked ({@link RateLimits#trySignIn}); {@link #succeeded} gives it back when the password was
 * right, so only failed sign-ins count.
 */
class LoginRateLimitFilter extends OncePerRequestFilter {

	private final RateLimits limits;

	LoginRateLimitFilter(RateLimits limits) {
		this.limits = limits;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!limits.trySignIn(request.getParameter("username"), Key.ip(request)).allowed()) {
			response.sendRedirect("/login?tooMany");
			return;
		}
		chain.doFilter(request, response);
	}

	/** The sign-in of this request succeeded: it does not count against anyone. */
	void succeeded(HttpServletRequest request) {
		limits.signedIn(request.getParameter("username"), Key.ip(request));
	}
}
