package red.cardinal.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.TestEvents;
import red.cardinal.TestMail;
import red.cardinal.card.CardManagement;

/** An owner who chose a digest gets the day's leads in one mail, once, instead of a mail per lead. */
@SpringBootTest(properties = { "cardinal.base-url=https://cards.example", "cardinal.leads.digest-every=PT1H" })
class LeadDigestsIT {

	@RegisterExtension
	static final TestMail smtp = new TestMail();

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Leads leads;

	@Autowired
	LeadDigests digests;

	@Autowired
	JdbcClient jdbc;

	@Test
	void mailsTheDaysLeadsOnceAndNoneOneByOne() throws Exception {
		var owner = accounts.create();
		var card = cards.create(owner.id(), TestCards.person("digest-" + owner.id(), "Ana").build(),
				TestCards.sections("leads", new LeadSettings(true, List.of("name", "email"), List.of("email"), null, null,
						true, true)), Locale.ENGLISH);
		var yesterday = OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofHours(25));
		jdbc.sql("update lead_settings set digest_sent_until = ? where card_id = ?").params(yesterday, card.getId()).update();
		leads.capture(card, new LeadRequest("Kim", "kim@example.com", null, null, null, null, true, null), Locale.ENGLISH,
				null);
		leads.capture(card, new LeadRequest("Lee", "lee@example.com", null, null, null, null, true, null), Locale.ENGLISH,
				null);
		TestEvents.awaitListeners(jdbc);
		assertThat(smtp.getReceivedMessages()).as("no mail per lead").isEmpty();
		// a digest covers up to a minute ago
		jdbc.sql("update leads set created_at = ? where card_id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofMinutes(2)), card.getId()).update();

		digests.sendDue();
		digests.sendDue();
		TestEvents.awaitListeners(jdbc);

		var mails = smtp.await(1);
		assertThat(mails).hasSize(1);
		assertThat(mails[0].getSubject()).isEqualTo("2 new lead(s) from Ana");
		assertThat(mails[0].getContent().toString()).contains("Kim <kim@example.com>", "Lee <lee@example.com>",
				"https://cards.example/dashboard/leads?card=" + card.getId());
	}
}
