package red.cardinal.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/** Signs a person in right after sign-up, in a new session id, as form login would (with the ordinary lifetime). */
@Component
public class SessionSignIn {

	private final SecurityContextRepository repository = new HttpSessionSecurityContextRepository();

	private final SessionLifetimes lifetimes;

	SessionSignIn(SessionLifetimes lifetimes) {
		this.lifetimes = lifetimes;
	}

	public void signIn(Account account, HttpServletRequest request, HttpServletResponse response) {
		var principal = AccountPrincipal.of(account);
		principal.eraseCredentials();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		if (request.getSession(false) != null) {
			request.changeSessionId();
		}
		repository.saveContext(context, request, response);
		lifetimes.stamp(request);
	}
}
