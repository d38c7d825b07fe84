package red.cardinal.leads;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import red.cardinal.TestAccounts;
import red.cardinal.TestCards;
import red.cardinal.TestEvents;
import red.cardinal.card.CardManagement;

/** Leads past their card's retention are deleted; a card that keeps them until deleted keeps them. */
@SpringBootTest
class LeadRetentionIT {

	@Autowired
	TestAccounts accounts;

	@Autowired
	CardManagement cards;

	@Autowired
	Leads leads;

	@Autowired
	LeadRetention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void deletesOnlyTheOldLeadsOfCardsThatKeepThemForALimitedTime() {
		long owner = accounts.create().id();
		var month = cards.create(owner, TestCards.person("month-" + owner, "Ana").build(), TestCards.sections("leads",
				new LeadSettings(true, List.of("email"), List.of("email"), null, 30, false)), Locale.ENGLISH);
		var forever = cards.create(owner, TestCards.person("forever-" + owner, "Bo").build(), TestCards.sections("leads",
				new LeadSettings(true, List.of("email"), List.of("email"), null, null, false)), Locale.ENGLISH);
		var request = new LeadRequest(null, "x@example.com", null, null, null, null, true, null);
		long oldOfMonth = leads.capture(month, request, Locale.ENGLISH, null);
		long newOfMonth = leads.capture(month, request, Locale.ENGLISH, null);
		long oldForever = leads.capture(forever, request, Locale.ENGLISH, null);
		jdbc.sql("update leads set created_at = ? where id in (?, ?)")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minus(Duration.ofDays(31)), oldOfMonth, oldForever)
			.update();

		retention.deleteExpired();

		assertThat(jdbc.sql("select id from leads where id in (?, ?, ?) order by id")
			.params(oldOfMonth, newOfMonth, oldForever).query(Long.class).list()).containsExactly(newOfMonth, oldForever);
		TestEvents.awaitListeners(jdbc);
	}
}
