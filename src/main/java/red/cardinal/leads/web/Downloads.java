package red.cardinal.leads.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import red.cardinal.leads.Lead;
import red.cardinal.leads.LeadCsv;
import red.cardinal.leads.LeadVCards;

/** Leads as files to download, for the inbox and the API alike; never kept by a cache. */
final class Downloads {

	private Downloads() {
	}

	static ResponseEntity<byte[]> csv(java.util.List<Lead> leads) {
		return file(LeadCsv.of(leads), new MediaType("text", "csv", StandardCharsets.UTF_8), "leads.csv");
	}

	static ResponseEntity<byte[]> vcard(Lead lead) {
		return file(LeadVCards.of(lead), new MediaType("text", "vcard", StandardCharsets.UTF_8), LeadVCards.filename(lead));
	}

	private static ResponseEntity<byte[]> file(String body, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body.getBytes(StandardCharsets.UTF_8));
	}
}
