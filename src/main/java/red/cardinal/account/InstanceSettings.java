package red.cardinal.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Instance-wide settings an admin changes; kept in the database so every node agrees. */
@Service
public class InstanceSettings {

	static final String SIGN_UP_OPEN = "sign-up-open";

	private final JdbcClient jdbc;

	InstanceSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether new people may sign up; open unless an admin closed it. */
	public boolean signUpOpen() {
		return jdbc.sql("select setting_value from instance_settings where name = ?")
			.param(SIGN_UP_OPEN)
			.query(String.class)
			.optional()
			.map(Boolean::parseBoolean)
			.orElse(true);
	}

	@Transactional
	public void signUpOpen(boolean open) {
		int updated = jdbc.sql("update instance_settings set setting_value = ? where name = ?")
			.params(Boolean.toString(open), SIGN_UP_OPEN)
			.update();
		if (updated == 0) {
			jdbc.sql("insert into instance_settings (name, setting_value) values (?, ?)")
				.params(SIGN_UP_OPEN, Boolean.toString(open))
				.update();
		}
	}
}
