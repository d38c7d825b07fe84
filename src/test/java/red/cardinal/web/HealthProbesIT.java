package red.cardinal.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.FileSystemUtils;

/**
 * The probes a load balancer or Kubernetes asks: alive while the process is, ready only while the
 * database and the media store can be used.
 */
@SpringBootTest(properties = "cardinal.test.context=health")
@AutoConfigureMockMvc
class HealthProbesIT {

	@Autowired
	MockMvc mvc;

	@Value("${cardinal.data-dir}")
	Path dataDir;

	@Test
	void isAliveAndReadyAndNotReadyWithoutItsMediaStore() throws Exception {
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
		Path media = dataDir.resolve("media");
		FileSystemUtils.deleteRecursively(media);
		Files.writeString(media, "a file where the media directory should be");
		try {
			mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"));
			mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		}
		finally {
			Files.delete(media);
		}
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}
}
