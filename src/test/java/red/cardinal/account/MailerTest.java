package red.cardinal.account;

import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

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

	@Test
	void countsMailsSentAndFailedForTheMetrics() {
		var meters = new SimpleMeterRegistry();
		var answers = new java.util.ArrayDeque<>(java.util.List.of(true, false));
		JavaMailSender smtp = new JavaMailSenderImpl() {
			@Override
			public void send(SimpleMailMessage... messages) {
				if (!answers.pop()) {
					throw new MailSendException("the server hung up");
				}
			}
		};
		var factory = new StaticListableBeanFactory(java.util.Map.of("smtp", smtp));
		var mailer = new Mailer(factory.getBeanProvider(JavaMailSender.class), "Cardinal <no-reply@localhost>", meters);
		mailer.send("ana@example.com", "Hello", "Hi");
		assertThatExceptionOfType(MailSendException.class).isThrownBy(() -> mailer.send("ana@example.com", "Hello", "Hi"));
		assertThat(meters.get("cardinal.mails").tag("outcome", "sent").counter().count()).isEqualTo(1);
		assertThat(meters.get("cardinal.mails").tag("outcome", "failed").counter().count()).isEqualTo(1);
	}
}
