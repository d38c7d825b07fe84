package red.cardinal.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.TestCards;
import red.cardinal.TestAccounts;
import red.cardinal.TestMail;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

/**
 * The reminder job sends each reminder once although two nodes run it at the same moment: here two
 * job instances (as two nodes would have) race on one database, H2 and PostgreSQL.
 */
@SpringBootTest(properties = "cardinal.booking.reminder-every=PT1H")
class RemindersIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Bookings bookings;

	@Autowired
	Reminders reminders;

	@Autowired
	BookingMails mails;

	@Autowired
	JdbcClient jdbc;

	@Test
	void sendsEachReminderOnceWhenTwoNodesRunTheJobTogether() throws Exception {
		long owner = accounts.create().id();
		var weekly = new ArrayList<BookingSettings.Weekly>();
		for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(new BookingSettings.Weekly(d, "00:00", "23:55"));
		}
		var card = cards.create(owner, TestCards.person("remind-" + owner, "Ana").build(), TestCards.sections("booking", new BookingSettings(true, "UTC", false, 0, 0, 0, 30, 0, weekly, List.of(), List.of(new BookingSettings.Type("call", "Call", 30, null)))), Locale.ENGLISH);
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var slot = bookings.slots(card, "call", today, today.plusDays(1)).get(1);
		var booked = bookings.book(card, new BookingRequest("call", slot.start().atOffset(ZoneOffset.UTC).toString(),
				"Kim", "kim@example.com", null, null, "UTC"));
		var otherNode = new Reminders(jdbc, mails, 24, Optional.empty());
		var pool = Executors.newFixedThreadPool(2);
		int sent = 0;
		try {
			List<Callable<Integer>> runs = List.of(reminders::sendDue, otherNode::sendDue);
			for (var run : pool.invokeAll(runs)) {
				sent += run.get();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(sent).isEqualTo(1);
		// and a later run (or a restart) sends nothing again
		assertThat(reminders.sendDue() + otherNode.sendDue()).isZero();
		long reminderMails = java.util.Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> subject(m).startsWith("Reminder: Call"))
			.count();
		assertThat(reminderMails).isEqualTo(1);
		assertThat(jdbc.sql("select reminded_at from bookings where id = ?").param(booked.booking().id())
			.query(java.time.OffsetDateTime.class).single()).isNotNull();
	}

	static String subject(jakarta.mail.internet.MimeMessage m) {
		try {
			return m.getSubject();
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException(e);
		}
	}
}
