package red.cardinal.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doReturn;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;

import red.cardinal.TestAccounts;
import red.cardinal.TestAccounts.Owner;
import red.cardinal.account.RateLimits;

/** An order whose random number another order of the card already has is saved under another number. */
@SpringBootTest
@AutoConfigureMockMvc
class OrderNumbersIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	@MockitoSpyBean
	OrderNumbers numbers;

	Owner owner;

	String slug;

	long cardId;

	@BeforeEach
	void storeWithAProduct() throws Exception {
		limits.reset();
		owner = accounts.create();
		slug = "numbers-" + owner.id();
		String card = mvc.perform(post("/api/v1/cards").header("Authorization", owner.bearer())
			.header("Accept-Language", "es-ES")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"slug": "%s", "published": true, "name": {"given": "Lucía"},
					 "phones": [{"type": "cell", "number": "612 34 56 78", "whatsapp": true}],
					 "store": {"enabled": true, "orderPhone": "+34 612 34 56 78", "currency": "EUR", "locale": "es-ES"}}
					""".formatted(slug)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		cardId = Long.parseLong(JsonPath.read(card, "$.id"));
		mvc.perform(post("/api/v1/cards/" + cardId + "/products").header("Authorization", owner.bearer())
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Taza\", \"priceMinor\": 1250}"))
			.andExpect(status().isCreated());
		jdbc.sql("insert into orders (card_id, number, status, currency, total_minor, created_at) values (?, 'AAAAAA', 'new', 'EUR', 100, ?)")
			.params(cardId, OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	@Test
	void triesAnotherNumberWhenTheFirstIsTaken() throws Exception {
		doReturn("AAAAAA").doReturn("AAAAAA").doReturn("BBBBBB").when(numbers).next();
		mvc.perform(post("/" + slug + "/order").param("items[0].product", "taza").param("customerName", "María"))
			.andExpect(status().isSeeOther());
		assertThat(jdbc.sql("select number from orders where card_id = ? order by id").param(cardId).query(String.class).list())
			.containsExactly("AAAAAA", "BBBBBB");
		assertThat(jdbc.sql("select count(*) from order_items i join orders o on o.id = i.order_id where o.number = 'BBBBBB' and o.card_id = ?")
			.param(cardId).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void givesUpAfterABoundedNumberOfClashesAndStoresNothing() throws Exception {
		doReturn("AAAAAA").when(numbers).next();
		try {
			mvc.perform(post("/" + slug + "/order").param("items[0].product", "taza"));
		}
		catch (Exception e) {
			// MockMvc passes the unhandled error through; what matters is what was stored and tried
		}
		org.mockito.Mockito.verify(numbers, org.mockito.Mockito.times(Ordering.NUMBER_ATTEMPTS)).next();
		assertThat(jdbc.sql("select count(*) from orders where card_id = ?").param(cardId).query(Integer.class).single())
			.isEqualTo(1);
		doCallRealMethod().when(numbers).next();
	}
}
