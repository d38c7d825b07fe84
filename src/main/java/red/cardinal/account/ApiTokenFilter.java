package red.cardinal.account;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} on the JSON API by the token's stored hash. */
class ApiTokenFilter extends OncePerRequestFilter {

	private final JdbcClient jdbc;
	private final Accounts accounts;

	ApiTokenFilter(JdbcClient jdbc, Accounts accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			String hash = Secrets.hash(header.substring(7).trim());
			jdbc.sql("select account_id from api_tokens where token_hash = ?")
				.param(hash)
				.query(Long.class)
				.optional()
				.flatMap(accounts::findById)
				.ifPresent(account -> {
					jdbc.sql("update api_tokens set last_used_at = ? where token_hash = ?")
						.params(OffsetDateTime.now(ZoneOffset.UTC), hash)
						.update();
					var principal = AccountPrincipal.of(account);
					principal.eraseCredentials();
					SecurityContextHolder.getContext()
						.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
								principal.getAuthorities()));
				});
		}
		chain.doFilter(request, response);
	}
}
