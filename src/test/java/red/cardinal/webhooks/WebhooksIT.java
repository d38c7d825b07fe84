package red.cardinal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.TestCards;
import red.cardinal.TestEvents;
import red.cardinal.TestMail;
import red.cardinal.booking.AppointmentBooked;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.leads.LeadRequest;
import red.cardinal.leads.LeadSettings;
import red.cardinal.leads.Leads;
import red.cardinal.store.OrderPlaced;

/**
 * Webhooks end to end against a real HTTP receiver on this machine (allowed here by
 * {@code allow-private-networks}): signed deliveries, retries with one webhook-id, the delivery log,
 * an endpoint turned off after its last retry, redelivery, and each message sent once by competing nodes.
 */
@SpringBootTest(properties = { "cardinal.webhooks.allow-private-networks=true", "cardinal.webhooks.poll-every=PT0.2S",
		"cardinal.webhooks.retry-waits=PT0.3S,PT0.3S", "cardinal.webhooks.max-per-account=3" })
@AutoConfigureMockMvc
class WebhooksIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Leads leads;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	TestReceiver receiver;

	Owner owner;

	Card card;

	@BeforeEach
	void ownerWithACard() throws Exception {
		receiver = new TestReceiver();
		owner = accounts.create();
		card = cards.create(owner.id(), TestCards.person("hooks-" + owner.id(), "Ana").build(), TestCards.sections("leads",
				new LeadSettings(true, List.of("name", "email"), List.of("email"), null, null, false)), Locale.ENGLISH);
	}

	@AfterEach
	void stop() {
		TestEvents.awaitListeners(jdbc);
		receiver.close();
	}

	String subscribe(String... events) throws Exception {
		String body = mvc.perform(post("/api/v1/webhooks").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"" + receiver.url() + "\", \"events\": [\"" + String.join("\", \"", events) + "\"]}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.secret", startsWith("whsec_")))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id") + " " + JsonPath.read(body, "$.secret");
	}

	@Test
	void aFailedDeliveryIsRetriedWithTheSameIdAndAVerifiableSignatureAndLogged() throws Exception {
		String[] created = subscribe("lead.created").split(" ");
		receiver.answering(500);
		long lead = leads.capture(card, new LeadRequest("Kim \"K\" <b>", "kim@example.com", null, null, null, null, true,
				null), Locale.ENGLISH, null);

		await().atMost(PATIENCE).until(() -> receiver.received().size() == 2);
		var first = receiver.received().get(0);
		var second = receiver.received().get(1);
		assertThat(second.id()).isEqualTo(first.id()).startsWith("msg_");
		assertThat(second.body()).isEqualTo(first.body());
		for (var r : receiver.received()) {
			assertThat(r.signature()).isEqualTo(WebhookSignatures.sign(created[1], r.id(), Long.parseLong(r.timestamp()),
					r.body()));
		}
		assertThat((String) JsonPath.read(first.body(), "$.type")).isEqualTo("lead.created");
		assertThat((String) JsonPath.read(first.body(), "$.data.id")).isEqualTo(Long.toString(lead));
		assertThat((String) JsonPath.read(first.body(), "$.data.name")).isEqualTo("Kim \"K\" <b>");
		assertThat((String) JsonPath.read(first.body(), "$.timestamp")).endsWith("Z");

		await().atMost(PATIENCE).until(() -> state(first.id()).equals("delivered"));
		mvc.perform(get("/api/v1/webhooks/" + created[0] + "/deliveries").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].status", contains("delivered", "failed")))
			.andExpect(jsonPath("$[*].responseCode", contains(200, 500)))
			.andExpect(jsonPath("$[*].attempt", contains(2, 1)))
			.andExpect(jsonPath("$[0].event").value("lead.created"))
			.andExpect(jsonPath("$[0].webhookId").value(first.id()));
	}

	@Test
	void anEndpointThatFailsEveryRetryIsTurnedOffItsOwnerToldAndRedeliveryWorksOnceItIsBackOn() throws Exception {
		String id = subscribe("order.placed").split(" ")[0];
		receiver.always(503);
		transactions.executeWithoutResult(s -> events.publishEvent(new OrderPlaced(99, card.getId(), "K7Q2PX", null)));

		await().atMost(PATIENCE).until(() -> receiver.received().size() == 3);
		String webhookId = receiver.received().get(0).id();
		await().atMost(PATIENCE).until(() -> state(webhookId).equals("failed"));
		mvc.perform(get("/api/v1/webhooks/" + id).header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$.enabled").value(false))
			.andExpect(jsonPath("$.disabledReason").value("webhooks.disabled.failing"));
		var mail = smtp.await(1)[0];
		assertThat(mail.getSubject()).isEqualTo("A webhook endpoint was turned off");
		assertThat((String) JsonPath.read(receiver.received().get(0).body(), "$.data.number")).isEqualTo("K7Q2PX");

		String message = mvc.perform(get("/api/v1/webhooks/" + id + "/deliveries").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(3)))
			.andReturn().getResponse().getContentAsString();
		String messageId = JsonPath.read(message, "$[0].messageId");
		mvc.perform(post("/api/v1/webhooks/" + id + "/deliveries/" + messageId + "/redeliver")
			.header("Authorization", owner.bearer()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("enabled"));
		receiver.always(204);
		mvc.perform(patch("/api/v1/webhooks/" + id).header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": true}"))
			.andExpect(jsonPath("$.enabled").value(true));
		mvc.perform(post("/api/v1/webhooks/" + id + "/deliveries/" + messageId + "/redeliver")
			.header("Authorization", owner.bearer()))
			.andExpect(status().isAccepted());
		await().atMost(PATIENCE).until(() -> state(webhookId).equals("delivered"));
		assertThat(receiver.of(webhookId)).hasSize(4);
	}

	@Test
	void competingNodesSendEachMessageOnce() throws Exception {
		subscribe("booking.created", "lead.created");
		for (int i = 0; i < 5; i++) {
			long booking = 1000 + i;
			transactions.executeWithoutResult(s -> events.publishEvent(new AppointmentBooked(booking, card.getId(), "confirmed",
					"manage-secret-token", null)));
		}
		// the scheduled poll and four more callers race for the same due messages
		var racers = java.util.stream.IntStream.range(0, 4)
			.mapToObj(i -> CompletableFuture.runAsync(() -> {
				for (int round = 0; round < 20; round++) {
					dispatcher.deliverDue();
				}
			})).toArray(CompletableFuture[]::new);
		CompletableFuture.allOf(racers).join();
		await().atMost(PATIENCE).until(() -> receiver.received().size() >= 5 && jdbc
			.sql("select count(*) from webhook_messages m join webhooks w on w.id = m.webhook_id where w.account_id = ? "
					+ "and m.state = 'delivered'").param(owner.id()).query(Integer.class).single() == 5);
		assertThat(receiver.countsById()).hasSize(5).allSatisfy((id, count) -> assertThat(count).isEqualTo(1));
		assertThat(receiver.received()).allSatisfy(r -> assertThat(r.body()).doesNotContain("manage-secret-token")
			.contains("\"type\":\"booking.created\""));
	}

	@Test
	void refusesPrivateLinkLocalAndMetadataUrlsBadEventsAndTooManyEndpoints() throws Exception {
		for (String url : List.of("http://169.254.169.254/latest/meta-data/", "http://[fd00:ec2::254]/", "ftp://example.com/",
				"http://[fe80::1]/")) {
			mvc.perform(post("/api/v1/webhooks").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"url\": \"" + url + "\", \"events\": [\"lead.created\"]}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("url"));
		}
		mvc.perform(post("/api/v1/webhooks").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"" + receiver.url() + "\", \"events\": [\"lead.deleted\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("events[0]"));
		for (int i = 0; i < 3; i++) {
			subscribe("lead.created");
		}
		mvc.perform(post("/api/v1/webhooks").header("Authorization", owner.bearer()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"url\": \"" + receiver.url() + "\", \"events\": [\"lead.created\"]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.errors[0].field").value("webhooks"));
		mvc.perform(get("/api/v1/webhooks").header("Authorization", owner.bearer()))
			.andExpect(jsonPath("$", hasSize(3)))
			.andExpect(jsonPath("$[0].secret").doesNotExist());
	}

	@Test
	void someoneElsesWebhooksAre404() throws Exception {
		String id = subscribe("lead.created").split(" ")[0];
		Owner stranger = accounts.create();
		for (var request : List.of(get("/api/v1/webhooks/" + id), get("/api/v1/webhooks/" + id + "/deliveries"),
				delete("/api/v1/webhooks/" + id), post("/api/v1/webhooks/" + id + "/deliveries/1/redeliver"),
				patch("/api/v1/webhooks/" + id).contentType(MediaType.APPLICATION_JSON).content("{\"enabled\": false}"))) {
			mvc.perform(request.header("Authorization", stranger.bearer())).andExpect(status().isNotFound());
		}
		var other = users.loadUserByUsername(stranger.account().email());
		mvc.perform(post("/account/webhooks/" + id + "/delete").with(user(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/webhooks").header("Authorization", stranger.bearer())).andExpect(jsonPath("$", hasSize(0)));
	}

	@Test
	void theAccountScreenShowsTheSecretOnceAndTheErrorsNextToTheFields() throws Exception {
		var principal = users.loadUserByUsername(owner.account().email());
		mvc.perform(post("/account/webhooks").with(user(principal)).with(csrf()).param("url", "http://10.0.0.1:1/x\"><b>"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(org.hamcrest.Matchers.allOf(
					org.hamcrest.Matchers.containsString("id=\"f-url-error\""),
					org.hamcrest.Matchers.containsString("id=\"f-events-error\""),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\"><b>")))));
		mvc.perform(post("/account/webhooks").with(user(principal)).with(csrf()).param("url", receiver.url())
			.param("events", "lead.created", "booking.cancelled"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("<code id=\"new-secret\">whsec_")));
		mvc.perform(get("/account/webhooks").with(user(principal)))
			.andExpect(content().string(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(receiver.url()),
					org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("whsec_")))));
	}

	String state(String webhookId) {
		return jdbc.sql("select state from webhook_messages where message_id = ?").param(webhookId).query(String.class)
			.optional().orElse("none");
	}
}
