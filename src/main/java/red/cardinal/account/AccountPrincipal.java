package red.cardinal.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in account, whether it came by session, remember-me or API token. */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final long accountId;
	private final String email;
	private String passwordHash;
	private final boolean admin;
	private final boolean verified;

	AccountPrincipal(long accountId, String email, String passwordHash, boolean admin, boolean verified) {
		this.accountId = accountId;
		this.email = email;
		this.passwordHash = passwordHash;
		this.admin = admin;
		this.verified = verified;
	}

	static AccountPrincipal of(Account account) {
		return new AccountPrincipal(account.id(), account.email(), account.passwordHash(), account.admin(),
				account.emailVerified());
	}

	public long accountId() {
		return accountId;
	}

	public boolean admin() {
		return admin;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
				: List.of(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	/** An account whose email still awaits verification cannot sign in. */
	@Override
	public boolean isEnabled() {
		return verified;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}
}
