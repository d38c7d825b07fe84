package red.cardinal.metrics;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Metrics are off unless turned on: no scrape endpoint, with or without a token. */
@SpringBootTest
@AutoConfigureMockMvc
class MetricsOffIT {

	@Autowired
	MockMvc mvc;

	@Test
	void hasNoScrapeEndpointByDefault() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer " + MetricsIT.TOKEN)).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}
}
