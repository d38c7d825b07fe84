package red.cardinal.account.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.Account;
import red.cardinal.account.AccountManagement;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.account.ApiTokens;
import red.cardinal.account.ApiTokens.ApiToken;
import red.cardinal.account.RateLimits;
import red.cardinal.account.RateLimits.Limit;
import red.cardinal.account.SignUpClosedException;

/** Accounts and tokens over JSON: sign up, trade email and password for a bearer token, revoke it. */
@RestController
@Tag(name = "Accounts and tokens")
class AccountApiController {

	record Credentials(String email, String password, String name) {
	}

	record AccountJson(String id, String email) {
	}

	record TokenJson(String id, String name, String token) {
	}

	record TokenInfo(String id, String name, java.time.Instant createdAt, java.time.Instant lastUsedAt) {
	}

	private final AccountManagement accounts;
	private final ApiTokens tokens;
	private final RateLimits limits;

	AccountApiController(AccountManagement accounts, ApiTokens tokens, RateLimits limits) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.limits = limits;
	}

	@PostMapping("/api/v1/accounts")
	ResponseEntity<?> signUp(@RequestBody Credentials body, HttpServletRequest request) {
		String email = body.email() == null ? "" : body.email().strip().toLowerCase(java.util.Locale.ROOT);
		if (!limits.tryAcquire(Limit.SIGN_UP, "ip:" + request.getRemoteAddr(), "email:" + email)) {
			return tooMany();
		}
		Account account = accounts.signUp(body.email(), body.password());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
			.body(new AccountJson(account.id().toString(), account.email()));
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<?> token(@RequestBody Credentials body, HttpServletRequest request) {
		String email = body.email() == null ? "" : body.email().strip().toLowerCase(java.util.Locale.ROOT);
		if (!limits.tryAcquire(Limit.TOKEN, "ip:" + request.getRemoteAddr(), "account:" + email)) {
			return tooMany();
		}
		return accounts.authenticate(body.email(), body.password())
			.<ResponseEntity<?>>map(account -> {
				var token = tokens.create(account.id(), body.name());
				return ResponseEntity.status(HttpStatus.CREATED)
					.body(new TokenJson(Long.toString(token.id()), token.name(), token.secret()));
			})
			.orElseGet(() -> problem(HttpStatus.UNAUTHORIZED, "Wrong email or password, or the email is not verified yet."));
	}

	@GetMapping("/api/v1/tokens")
	List<TokenInfo> tokens(@AuthenticationPrincipal AccountPrincipal me) {
		return tokens.list(me.accountId())
			.stream()
			.map((ApiToken t) -> new TokenInfo(Long.toString(t.id()), t.name(), t.createdAt(), t.lastUsedAt()))
			.toList();
	}

	@DeleteMapping("/api/v1/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		tokens.revoke(me.accountId(), id);
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> closed(SignUpClosedException e) {
		return problem(HttpStatus.FORBIDDEN, "Sign-up is closed on this instance; ask its admin for an account.");
	}

	private static ResponseEntity<ProblemDetail> tooMany() {
		return problem(HttpStatus.TOO_MANY_REQUESTS, "Too many attempts. Wait a few minutes and try again.");
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}
}
