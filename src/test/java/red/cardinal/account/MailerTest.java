package red.cardinal.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailerTest {

	@Test
	void mailsAnAddressTakenBeforeTheStricterRuleButNeverOneThatCouldForgeAHeader() {
		assertThat(Mailer.deliverable("ana@example.com")).isTrue();
		assertThat(Mailer.deliverable("ana%team#1@example.com")).isTrue();
		assertThat(Mailer.deliverable("a\"b<c>@example.com")).isFalse();
		assertThat(Mailer.deliverable("ana@example.com\r\nBcc: all@example.com")).isFalse();
		assertThat(Mailer.deliverable("ana@example.com, boss@example.com")).isFalse();
		assertThat(Mailer.deliverable("ana@x@example.com")).isFalse();
		assertThat(Mailer.deliverable(null)).isFalse();
	}
}
