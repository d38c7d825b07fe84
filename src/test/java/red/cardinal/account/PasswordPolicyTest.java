package red.cardinal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "'a long and unusual passphrase', NULL", "'', password.required",
			"short1, password.short", "Password1, password.common", "QWERTY123, password.common",
			"aaaaaaaaaaaa, password.common", "abababababab, password.common",
			"ana.garcia@example.com, password.email", "Ana.Garcia, password.email" })
	void refusesShortCommonAndOwnEmailPasswords(String password, String problem) {
		assertThat(PasswordPolicy.problem(password, "ana.garcia@example.com")).isEqualTo(problem);
	}

	@ParameterizedTest
	@CsvSource(nullValues = "NULL", value = { "128, NULL", "129, password.long" })
	void allowsUpTo128Characters(int length, String problem) {
		assertThat(PasswordPolicy.problem("x1y2z3".repeat(30).substring(0, length), null)).isEqualTo(problem);
	}
}
