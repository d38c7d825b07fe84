package red.cardinal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.jayway.jsonpath.JsonPath;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.booking.BookingSettings;
import red.cardinal.card.CardDetails;
import red.cardinal.card.CardManagement;
import red.cardinal.card.PersonName;

/**
 * A booking answered 201 stays booked while the mail server is down: its mails wait, failed, in the
 * event publication registry, and go out once the server is back, at the next retry or the next start.
 */
class MailOutageIT {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	int smtpPort;

	GreenMail smtp;

	@BeforeEach
	void aMailServerThatIsDown() throws Exception {
		try (var socket = new ServerSocket(0)) {
			// nothing listens here until a test starts the server
			smtpPort = socket.getLocalPort();
		}
	}

	@AfterEach
	void stop() {
		nodes.forEach(ConfigurableApplicationContext::close);
		if (smtp != null) {
			smtp.stop();
		}
	}

	@Test
	void keepsTheBookingAndSendsItsMailsAtTheRetryOnceTheServerIsBack() throws Exception {
		var node = start();
		var booked = book(node);
		var jdbc = node.getBean(JdbcClient.class);
		assertThat(jdbc.sql("select status from bookings where id = ?").param(booked.id()).query(String.class).single())
			.isEqualTo("confirmed");
		awaitBothMailsFailed(jdbc);

		serverBack();
		node.getBean(FailedEventRetries.class).retry();
		assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
		assertThat(recipients()).containsExactlyInAnyOrder("visitor@example.com", booked.ownerEmail());
		TestEvents.awaitListeners(jdbc);
	}

	@Test
	void sendsTheMailsLeftFailedWhenTheApplicationStartsAgain() throws Exception {
		var first = start();
		var booked = book(first);
		awaitBothMailsFailed(first.getBean(JdbcClient.class));
		String database = first.getEnvironment().getProperty("spring.datasource.url");
		first.close();

		serverBack();
		var second = start("--" + TestDatabases.SHARED_URL + "=" + database);
		assertThat(smtp.waitForIncomingEmail(20_000, 2)).isTrue();
		assertThat(recipients()).containsExactlyInAnyOrder("visitor@example.com", booked.ownerEmail());
		TestEvents.awaitListeners(second.getBean(JdbcClient.class));
	}

	record Booked(long id, String ownerEmail) {
	}

	/** Books through the JSON API, as a visitor would, and checks the answer they get. */
	Booked book(ConfigurableApplicationContext node) throws Exception {
		var owner = node.getBean(TestAccounts.class).create();
		var card = node.getBean(CardManagement.class).create(owner.id(),
				TestCards.person("outage-" + owner.id(), "Ana").build(), TestCards.sections("booking", everyDay()), Locale.ENGLISH);
		String start = LocalDate.now(BERLIN).plusDays(7).atTime(10, 0).atZone(BERLIN).toOffsetDateTime().toString();
		var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(node)
				+ "/" + card.getSlug() + "/book"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"type\": \"call\", \"start\": \"" + start
					+ "\", \"name\": \"Kim\", \"email\": \"visitor@example.com\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(201);
		assertThat(JsonPath.<String>read(response.body(), "$.manageUrl")).contains("/book/manage/");
		return new Booked(Long.parseLong(JsonPath.read(response.body(), "$.id")), owner.account().email());
	}

	static BookingSettings everyDay() {
		var weekly = new ArrayList<BookingSettings.Weekly>();
		for (String d : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
			weekly.add(new BookingSettings.Weekly(d, "09:00", "17:00"));
		}
		return new BookingSettings(true, "Europe/Berlin", false, 0, 0, 0, 60, 0, weekly, List.of(),
				List.of(new BookingSettings.Type("call", "Call", 30, null)));
	}

	/** The visitor's mail and the owner's each failed, and wait in the registry; nothing else does. */
	static void awaitBothMailsFailed(JdbcClient jdbc) {
		await().atMost(Duration.ofSeconds(20)).until(() -> TestEvents.failed(jdbc, "BookingEventMails") == 2);
		assertThat(jdbc.sql("select count(*) from event_publication").query(Integer.class).single()).isEqualTo(2);
	}

	void serverBack() {
		smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
			.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
		smtp.start();
	}

	List<String> recipients() {
		return Arrays.stream(smtp.getReceivedMessages()).map(MailOutageIT::recipient).toList();
	}

	static String recipient(MimeMessage m) {
		try {
			return m.getAllRecipients()[0].toString();
		}
		catch (MessagingException e) {
			throw new IllegalStateException(e);
		}
	}

	ConfigurableApplicationContext start(String... args) {
		var all = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1", "--spring.mail.host=127.0.0.1",
				"--spring.mail.port=" + smtpPort, "--cardinal.events.retry-every=PT1H",
				"--cardinal.booking.reminder-every=PT1H", "--cardinal.demo.enabled=false"));
		all.addAll(List.of(args));
		var node = new SpringApplicationBuilder(CardinalApplication.class).run(all.toArray(String[]::new));
		nodes.add(node);
		return node;
	}

	static int port(ConfigurableApplicationContext node) {
		return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
	}
}
