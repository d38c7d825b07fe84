package red.cardinal.account.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
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
import red.cardinal.account.RateLimits.Attempt;
import red.cardinal.account.RateLimits.Key;
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
		Attempt attempt = limits.attempt(Limit.SIGN_UP, Key.ip(request), Key.email(body.email()));
		if (!attempt.allowed()) {
			return tooMany(attempt);
		}
		Account account = accounts.signUp(body.email(), body.password());
		return ResponseEntity.created(URI.create("/api/v1/accounts/" + account.id()))
			.body(new AccountJson(account.id().toString(), account.email()));
	}

	@PostMapping("/api/v1/tokens")
	ResponseEntity<?> token(@RequestBody Credentials body, HttpServletRequest request) {
		// a password is checked here as at /login: the same buckets, only failures counted
		Key address = Key.ip(request);
		Attempt attempt = limits.trySignIn(body.email(), address);
		if (!attempt.allowed()) {
			return tooMany(attempt);
		}
		Optional<Account> account = accounts.authenticate(body.email(), body.password());
		if (account.isEmpty()) {
			return problem(HttpStatus.UNAUTHORIZED, "Wrong email or password, or the email is not verified yet.");
		}
		limits.signedIn(body.email(), address);
		Attempt creation = limits.attempt(Limit.TOKEN, address, Key.account(account.get().id()));
		if (!creation.allowed()) {
			return tooMany(creation);
		}
		var token = tokens.create(account.get().id(), body.name());
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(new TokenJson(Long.toString(token.id()), token.name(), token.secret()));
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

	private static ResponseEntity<ProblemDetail> tooMany(Attempt attempt) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(attempt.retryAfterSeconds()))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
					"Too many attempts. Wait a few minutes and try again."));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(ProblemDetail.forStatusAndDetail(status, detail));
	}
}
