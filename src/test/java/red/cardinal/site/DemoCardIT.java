package red.cardinal.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

class DemoCardIT {

	@Nested
	@SpringBootTest
	@AutoConfigureMockMvc
	class WhenOn {

		@Autowired
		MockMvc mvc;

		@Autowired
		DemoCard demo;

		@Autowired
		JdbcClient jdbc;

		@Test
		void showsEverySectionAtDemo() throws Exception {
			mvc.perform(get("/demo"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Ana García Torres"), containsString("/demo/go/whatsapp/0"),
						containsString("Portrait session"), containsString("icons.svg#mastodon"),
						containsString("src=\"/media/"), containsString("openstreetmap.org"),
						containsString("id=\"h-products\""), containsString("Fine-art print"), containsString("Calendar 2027"),
						containsString("id=\"h-booking\""), containsString("/demo/book"), containsString("id=\"h-leads\""),
						containsString("id=\"h-gallery\""))));
			mvc.perform(get("/demo/book"))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString("Free 20-minute consultation"),
						containsString("Studio portrait session"))));
		}

		@Test
		void isCreatedOnlyOnce() {
			demo.seed();
			assertThat(jdbc.sql("select count(*) from cards where slug = 'demo'").query(Integer.class).single()).isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from accounts where email = ?").param(DemoCard.EMAIL).query(Integer.class).single())
				.isEqualTo(1);
		}
	}

	@Nested
	@SpringBootTest(properties = "cardinal.demo.enabled=false")
	@AutoConfigureMockMvc
	class WhenOff {

		@Autowired
		MockMvc mvc;

		@Test
		void leavesTheDatabaseEmpty() throws Exception {
			mvc.perform(get("/demo")).andExpect(status().isNotFound());
		}
	}
}
