package red.cardinal.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import red.cardinal.account.AccountTokens.Purpose;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.TextInput;
import red.cardinal.shared.Violation;
import red.cardinal.web.PublicUrls;

/** What people do with their accounts: sign up, verify, change or reset the password, leave. */
@Service
public class AccountManagement {

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final InstanceSettings settings;
	private final AccountTokens tokens;
	private final Mailer mailer;
	private final PublicUrls urls;
	private final AccountSessions sessions;

	/** The hash an unknown email's password is checked against, so that it costs what a known one does. */
	private volatile String unknownAccountHash;

	AccountManagement(Accounts accounts, PasswordEncoder passwords, InstanceSettings settings, AccountTokens tokens,
			Mailer mailer, PublicUrls urls, AccountSessions sessions) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.settings = settings;
		this.tokens = tokens;
		this.mailer = mailer;
		this.urls = urls;
		this.sessions = sessions;
	}

	/**
	 * Opens an account. The first account of the instance becomes its admin. When mail is
	 * delivered, the account must verify its email before it can sign in.
	 * @throws SignUpClosedException when an admin closed sign-up
	 * @throws InvalidInputException naming {@code email} or {@code password}
	 * @throws ConflictException when the email already has an account
	 */
	@Transactional
	public Account signUp(String email, String password) {
		if (!settings.signUpOpen()) {
			throw new SignUpClosedException();
		}
		String normalized = Emails.normalised(email);
		var problems = new ArrayList<Violation>();
		if (normalized.isEmpty()) {
			problems.add(Violation.of("email", "email.required"));
		}
		else if (!TextInput.email(normalized)) {
			problems.add(Violation.of("email", "email.invalid"));
		}
		String passwordProblem = PasswordPolicy.problem(password, normalized);
		if (passwordProblem != null) {
			problems.add(Violation.of("password", passwordProblem, PasswordPolicy.MIN, PasswordPolicy.MAX));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInputException(problems);
		}
		if (accounts.findByEmail(normalized).isPresent()) {
			throw new ConflictException(Violation.of("email", "email.taken"));
		}
		boolean verify = mailer.delivers();
		Account account;
		try {
			account = accounts.save(new Account(null, normalized, passwords.encode(password), !accounts.existsByAdminTrue(),
					!verify, Instant.now()));
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException(Violation.of("email", "email.taken"));
		}
		if (verify) {
			String link = urls.of("/verify?token=" + tokens.issue(account.id(), Purpose.VERIFY));
			mailer.send(normalized, "Confirm your email for Cardinal",
					"Welcome to Cardinal.\n\nConfirm your email address by opening this link within 48 hours:\n" + link
							+ "\n\nIf you did not sign up, ignore this mail.");
		}
		return account;
	}

	/** Marks the email of the token's account verified; false for an unknown, used or expired token. */
	@Transactional
	public boolean verifyEmail(String token) {
		return tokens.consume(token, Purpose.VERIFY).flatMap(accounts::findById).map(account -> {
			accounts.save(account.verified());
			return true;
		}).orElse(false);
	}

	/**
	 * The account by email and password, or empty: the same answer whichever was wrong, and in the
	 * same time: an unknown email's password is checked too, against a hash of nothing, and an
	 * unverified account's password before it is turned away.
	 */
	@Transactional(readOnly = true)
	public Optional<Account> authenticate(String email, String password) {
		if (email == null || password == null || password.length() > 4 * PasswordPolicy.MAX) {
			return Optional.empty();
		}
		Optional<Account> account = accounts.findByEmail(Emails.normalised(email));
		boolean matches = passwords.matches(password, account.map(Account::passwordHash).orElseGet(this::unknownAccountHash));
		return account.filter(a -> matches && a.emailVerified());
	}

	private String unknownAccountHash() {
		String hash = unknownAccountHash;
		if (hash == null) {
			// made once, lazily: the encoder's cost is paid on first use, not at start-up
			hash = passwords.encode(Secrets.newSecret());
			unknownAccountHash = hash;
		}
		return hash;
	}

	/**
	 * Changes the password of a signed-in person, who proves it with the current one. Every other
	 * session of the account ends, remember-me ones included; {@code keepSessionId}, the session
	 * the change came from (null if none), stays. Unused reset links stop working.
	 */
	@Transactional
	public void changePassword(long accountId, String current, String next, String keepSessionId) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
		if (current == null || !passwords.matches(current, account.passwordHash())) {
			throw new InvalidInputException(Violation.of("currentPassword", "password.wrong"));
		}
		setPassword(account, next, "newPassword");
		sessions.endAllBut(account.email(), keepSessionId);
	}

	/**
	 * Mails a reset link if the email has an account, and says nothing either way (so the form
	 * cannot tell who has an account). The link is built from the configured base URL.
	 */
	@Transactional
	public void requestPasswordReset(String email) {
		if (email == null) {
			return;
		}
		accounts.findByEmail(Emails.normalised(email)).ifPresent(account -> {
			String link = urls.of("/password/reset?token=" + tokens.issue(account.id(), Purpose.RESET));
			mailer.send(account.email(), "Reset your Cardinal password",
					"Someone asked to reset the password of your Cardinal account.\n\nChoose a new password within the "
							+ "next hour by opening this link (it works once):\n" + link
							+ "\n\nIf it was not you, ignore this mail; your password stays as it is.");
		});
	}

	public boolean resetTokenValid(String token) {
		return tokens.valid(token, Purpose.RESET);
	}

	/**
	 * Sets a new password with a mailed token. The token then stops working, and so does every other
	 * reset link of the account; every session of the account ends, remember-me ones included
	 * (whoever knew the old password is out).
	 */
	@Transactional
	public void resetPassword(String token, String next) {
		Account account = tokens.consume(token, Purpose.RESET)
			.flatMap(accounts::findById)
			.orElseThrow(() -> new InvalidInputException(Violation.of("token", "reset.invalid")));
		// a reset proves access to the mailbox, so it verifies the email too
		setPassword(account.verified(), next, "password");
		sessions.endAllBut(account.email(), null);
	}

	/** Deletes the account and, with it, its cards, media and tokens. */
	@Transactional
	public void delete(long accountId, String password) {
		Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account"));
		if (password == null || !passwords.matches(password, account.passwordHash())) {
			throw new InvalidInputException(Violation.of("password", "password.wrong"));
		}
		accounts.delete(account);
	}

	@Transactional(readOnly = true)
	public List<Account> all() {
		return accounts.findAll();
	}

	private void setPassword(Account account, String next, String field) {
		String problem = PasswordPolicy.problem(next, account.email());
		if (problem != null) {
			throw new InvalidInputException(Violation.of(field, problem, PasswordPolicy.MIN, PasswordPolicy.MAX));
		}
		accounts.save(account.withPasswordHash(passwords.encode(next)));
		// a link mailed before this change must not set the password back to something else
		tokens.revokeAll(account.id(), Purpose.RESET);
	}
}
