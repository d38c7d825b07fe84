package red.cardinal.account;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of an account, remember-me ones included (with Spring Session they are
 * sessions too), found by the principal name Spring Session indexes: the account's email.
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/** Ends every session of the account except {@code keep} (null: ends them all); the number ended. */
	int endAllBut(String email, String keep) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(email).keySet()) {
			if (!id.equals(keep)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}
}
