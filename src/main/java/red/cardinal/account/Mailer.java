package red.cardinal.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import red.cardinal.shared.TextInput;

/**
 * Sends mail over SMTP when a mail server is configured ({@code spring.mail.host}); without one,
 * writes it to the log, so the embedded default works with nothing to set up.
 */
@Component
public class Mailer {

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender smtp;
	private final String from;
	private final Counter sent;
	private final Counter failed;

	Mailer(ObjectProvider<JavaMailSender> smtp, @Value("${cardinal.mail.from:Cardinal <no-reply@localhost>}") String from,
			MeterRegistry meters) {
		this.smtp = smtp.getIfAvailable();
		this.from = from;
		this.sent = Counter.builder("cardinal.mails").description("mails handed to the SMTP server, and those it failed").tag("outcome", "sent").register(meters);
		this.failed = Counter.builder("cardinal.mails").description("mails handed to the SMTP server, and those it failed").tag("outcome", "failed").register(meters);
	}

	/** Whether mail really leaves this server (and so whether new accounts must verify their email). */
	boolean delivers() {
		return smtp != null;
	}

	/** A file to attach, e.g. a calendar invite ({@code text/calendar; method=REQUEST}). */
	public record Attachment(String filename, String contentType, byte[] bytes) {
	}

	/**
	 * Sends a mail. An address that fails {@link TextInput#email} (one stored before today's checks)
	 * gets nothing, and the log says so: it could put the mail somewhere else or fail every time, and
	 * must not hold up what sends it (an owner confirming a booking).
	 */
	public void send(String to, String subject, String text) {
		if (!deliverable(to)) {
			return;
		}
		if (smtp == null) {
			log.info("Mail to {} (no SMTP server configured)\nSubject: {}\n\n{}", to, subject, text);
			return;
		}
		var message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject(subject);
		message.setText(text);
		counted(() -> smtp.send(message));
	}

	/** Sends a mail with a file attached; an address that fails {@link TextInput#email} gets nothing. */
	public void send(String to, String subject, String text, Attachment attachment) {
		if (!deliverable(to)) {
			return;
		}
		if (smtp == null) {
			log.info("Mail to {} (no SMTP server configured)\nSubject: {}\n\n{}\n[attached: {}]", to, subject, text,
					attachment.filename());
			return;
		}
		try {
			MimeMessage message = smtp.createMimeMessage();
			var helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
			helper.addAttachment(attachment.filename(), new ByteArrayResource(attachment.bytes()), attachment.contentType());
			counted(() -> smtp.send(message));
		}
		catch (MessagingException e) {
			throw new IllegalStateException("Could not build the mail to " + to, e);
		}
	}

	/** Sends, counting the mail as sent or failed (a failed one is thrown on, for its event to be retried). */
	private void counted(Runnable send) {
		try {
			send.run();
			sent.increment();
		}
		catch (RuntimeException e) {
			failed.increment();
			throw e;
		}
	}

	/**
	 * An address taken before {@link TextInput#email}'s rule may hold what it refuses now (a {@code %}
	 * or {@code #}): that one still gets its mail (a reset link must reach it). Refused is only what
	 * could split or forge a header: controls, white space, a second {@code @}, list or comment marks.
	 */
	static boolean deliverable(String to) {
		if (TextInput.email(to) || to != null && to.indexOf('@') > 0 && to.indexOf('@') == to.lastIndexOf('@')
				&& to.length() <= 254 && to.chars().noneMatch(c -> c <= ' ' || c == 0x7f || ",;<>\"()[]\\".indexOf(c) >= 0)) {
			return true;
		}
		log.warn("Mail not sent: the stored address {} is not one mail can safely go to", to == null ? null
				: to.replaceAll("\\p{Cntrl}", "?"));
		return false;
	}
}
