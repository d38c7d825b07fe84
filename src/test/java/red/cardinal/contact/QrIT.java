package red.cardinal.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;

import javax.imageio.ImageIO;

import ezvcard.Ezvcard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class QrIT {

	@Autowired
	MockMvc mvc;

	@Test
	void encodesTheCardsAddressWithTheScanMarker() throws Exception {
		byte[] png = mvc.perform(get("/demo/qr.png").param("size", "400"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(QrCodesTest.decode(ImageIO.read(new ByteArrayInputStream(png)))).isEqualTo("http://localhost:8080/demo?src=qr");
	}

	@Test
	void encodesTheContactItselfWithTheLogo() throws Exception {
		byte[] png = mvc.perform(get("/demo/qr.png").param("mode", "vcard").param("size", "1000").param("logo", "1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String vcard = QrCodesTest.decode(ImageIO.read(new ByteArrayInputStream(png)));
		assertThat(Ezvcard.parse(vcard).first().getFormattedName().getValue()).isEqualTo("Ana García Torres");
	}

	@Test
	void servesSvgForPrintAndDownloads() throws Exception {
		mvc.perform(get("/demo/qr.svg").param("download", "1"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/svg+xml"))
			.andExpect(header().string("Content-Disposition", "attachment; filename=\"demo-qr.svg\""));
	}

	@Test
	void explainsWhyACodeWouldNotScan() throws Exception {
		mvc.perform(get("/demo/qr.svg").param("fg", "ffffff").param("bg", "000000"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("fg")))
			.andExpect(jsonPath("$.errors[0].message", containsString("dark modules on a light background")));
		mvc.perform(get("/demo/qr.png").param("mode", "vcard").param("size", "64"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("too dense")));
	}

	@Test
	void refusesAPngPrintSizePastThePixelCapAndPointsToTheSvg() throws Exception {
		mvc.perform(get("/demo/qr.png").param("cm", "100").param("logo", "1"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("cm"))
			.andExpect(jsonPath("$.errors[0].message", containsString("4096 × 4096 pixels")))
			.andExpect(jsonPath("$.errors[0].message", containsString("SVG")));
		mvc.perform(get("/demo/qr.png").param("size", "4096").param("mode", "vcard").param("logo", "1"))
			.andExpect(status().isOk());
		mvc.perform(get("/demo/qr.svg").param("cm", "100").param("logo", "1")).andExpect(status().isOk());
	}

	@Test
	void hasNoCodeForUnknownCards() throws Exception {
		mvc.perform(get("/nobody-here/qr.svg")).andExpect(status().isNotFound());
	}
}
