package red.cardinal.account;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import red.cardinal.account.RateLimits.Limit;

/** Limits sign-in attempts per IP and per account before a password is even checked. */
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
		String email = request.getParameter("username");
		if (!limits.tryAcquire(Limit.LOG_IN, "ip:" + request.getRemoteAddr(),
				email == null ? null : "account:" + email.strip().toLowerCase(Locale.ROOT))) {
			response.sendRedirect("/login?tooMany");
			return;
		}
		chain.doFilter(request, response);
	}
}
