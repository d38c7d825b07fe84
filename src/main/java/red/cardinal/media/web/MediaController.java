package red.cardinal.media.web;

import java.time.Duration;
import java.util.regex.Pattern;

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

	/** A narrower rendition's key: the upload's key, a width, {@code .jpg}. */
	private static final Pattern VARIANT = Pattern.compile("([a-f0-9]{64})-[0-9]{2,4}(\\.jpg)");

	private final MediaStore store;

	MediaController(MediaStore store) {
		this.store = store;
	}

	@GetMapping("/media/{key}")
	ResponseEntity<byte[]> media(@PathVariable String key) {
		if (!MediaStore.validKey(key)) {
			return ResponseEntity.notFound().build();
		}
		var stored = store.get(key);
		if (stored.isPresent()) {
			return served(key, stored.get(), CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
		}
		// a narrower rendition that was never stored (card photos uploaded before photos got one):
		// the upload itself, cached for a day only, so the thumbnail shows instead of a 404
		var variant = VARIANT.matcher(key);
		if (variant.matches()) {
			return store.get(variant.group(1) + variant.group(2))
				.map(bytes -> served(key, bytes, CacheControl.maxAge(Duration.ofDays(1)).cachePublic()))
				.orElseGet(() -> ResponseEntity.notFound().build());
		}
		return ResponseEntity.notFound().build();
	}

	private static ResponseEntity<byte[]> served(String key, byte[] bytes, CacheControl cache) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(MediaStore.contentType(key)))
			.cacheControl(cache)
			.eTag("\"" + key.substring(0, key.indexOf('.')) + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(bytes);
	}
}
