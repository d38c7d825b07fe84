package red.cardinal.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose sign-in is older than its absolute lifetime, before the security context is
 * read from it, so the request goes on as anonymous (and a protected page sends it to sign in).
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

	private final SessionLifetimes lifetimes;

	SessionLifetimeFilter(SessionLifetimes lifetimes) {
		this.lifetimes = lifetimes;
	}

	// files never read the session: loading it from the database for each would only cost
	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return request.getRequestedSessionId() == null || path.startsWith("/assets/") || path.startsWith("/media/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && lifetimes.over(session)) {
			session.invalidate();
		}
		chain.doFilter(request, response);
	}
}
