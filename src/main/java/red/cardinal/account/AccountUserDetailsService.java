package red.cardinal.account;

import java.util.Locale;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public UserDetails loadUserByUsername(String email) {
		return accounts.findByEmail(email.trim().toLowerCase(Locale.ROOT))
			.map(AccountPrincipal::of)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}
}
