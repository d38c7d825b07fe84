package red.cardinal.web;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class OpenApiIT {

	@Autowired
	MockMvc mvc;

	@Test
	void describesTheJsonApi() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cards")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cards/{id}")))
			.andExpect(jsonPath("$.paths", hasKey("/api/v1/cards/{id}/photo")))
			.andExpect(jsonPath("$.paths['/api/v1/cards'].post").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cards/{id}/sections/{section}'].put").exists())
			.andExpect(jsonPath("$.paths['/api/v1/cards/{id}'].put.responses['412']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/export'].get.responses['200'].content['application/zip']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/import'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/import'].post.requestBody.content['multipart/form-data']").exists())
			.andExpect(jsonPath("$.paths['/api/v1/admin/backup'].get.responses['409']").exists())
			.andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"));
	}
}
