package red.cardinal.media.web;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import red.cardinal.media.MediaStore;

/**
 * Serves stored media. Keys are content addresses, so responses are cached for a year and never
 * revalidated; {@code nosniff} and a closed CSP keep a browser from treating bytes as anything else.
 */
@RestController
class MediaController {

	private final MediaStore store;

	MediaController(MediaStore store) {
		this.store = store;
	}

	@GetMapping("/media/{key}")
	ResponseEntity<byte[]> media(@PathVariable String key) {
		if (!MediaStore.validKey(key)) {
			return ResponseEntity.notFound().build();
		}
		return store.get(key)
			.map(bytes -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(MediaStore.contentType(key)))
				.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
				.eTag("\"" + key.substring(0, key.indexOf('.')) + "\"")
				.header("X-Content-Type-Options", "nosniff")
				.header("Content-Security-Policy", "default-src 'none'; sandbox")
				.body(bytes))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
