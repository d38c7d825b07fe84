package red.cardinal.media.web;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.media.MediaItem;
import red.cardinal.media.ImageUploads;
import red.cardinal.media.MediaManagement;

/** The owner's media library over JSON. */
@RestController
@RequestMapping("/api/v1/media")
@Tag(name = "Media")
class MediaApiController {

	record MediaJson(String id, String url, int width, int height, long bytes, Instant createdAt, List<String> usedBy) {
	}

	private final MediaManagement media;

	MediaApiController(MediaManagement media) {
		this.media = media;
	}

	@PostMapping
	ResponseEntity<MediaJson> upload(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
		MediaItem item = media.storeImage(owner.accountId(), ImageUploads.of(file));
		return ResponseEntity.created(URI.create("/api/v1/media/" + item.id())).body(json(owner.accountId(), item));
	}

	@GetMapping
	List<MediaJson> list(@AuthenticationPrincipal AccountPrincipal owner) {
		return media.list(owner.accountId()).stream().map(item -> json(owner.accountId(), item)).toList();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean force) {
		media.delete(owner.accountId(), id, force);
	}

	private MediaJson json(long ownerId, MediaItem item) {
		return new MediaJson(Long.toString(item.id()), media.url(item.key()), item.width(), item.height(), item.bytes(),
				item.createdAt(), media.usesOf(ownerId, item.key()));
	}
}
