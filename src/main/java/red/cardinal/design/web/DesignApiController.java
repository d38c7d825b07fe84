package red.cardinal.design.web;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.design.BrandDesign;
import red.cardinal.design.BrandDesigns;
import red.cardinal.design.Design;
import red.cardinal.design.Font;
import red.cardinal.design.Theme;

/** The built-in themes and fonts, and the owner's brand designs, over JSON. */
@RestController
@Tag(name = "Design")
class DesignApiController {

	record ThemeJson(String id, String name, String layout, String mode, Theme.Palette colors) {
	}

	record FontJson(String id, String name) {
	}

	record BrandDesignForm(String name, Design design) {
	}

	record BrandDesignJson(String id, String name, Design design, Instant createdAt) {

		static BrandDesignJson of(BrandDesign b) {
			return new BrandDesignJson(Long.toString(b.id()), b.name(), b.design(), b.createdAt());
		}
	}

	private final BrandDesigns brands;

	DesignApiController(BrandDesigns brands) {
		this.brands = brands;
	}

	@GetMapping("/api/v1/themes")
	List<ThemeJson> themes() {
		return Arrays.stream(Theme.values())
			.map(t -> new ThemeJson(t.id(), t.displayName(), t.layout(), t.defaultMode(), t.palette()))
			.toList();
	}

	@GetMapping("/api/v1/fonts")
	List<FontJson> fonts() {
		return Arrays.stream(Font.values()).map(f -> new FontJson(f.id(), f.displayName())).toList();
	}

	@GetMapping("/api/v1/designs")
	List<BrandDesignJson> list(@AuthenticationPrincipal AccountPrincipal owner) {
		return brands.list(owner.accountId()).stream().map(BrandDesignJson::of).toList();
	}

	/** Saves a brand design; one of the same name is replaced. */
	@PostMapping("/api/v1/designs")
	ResponseEntity<BrandDesignJson> save(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestBody BrandDesignForm form) {
		BrandDesign saved = brands.save(owner.accountId(), form.name(), form.design());
		return ResponseEntity.created(URI.create("/api/v1/designs/" + saved.id())).body(BrandDesignJson.of(saved));
	}

	@GetMapping("/api/v1/designs/{id}")
	BrandDesignJson get(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return BrandDesignJson.of(brands.get(owner.accountId(), id));
	}

	@DeleteMapping("/api/v1/designs/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		brands.delete(owner.accountId(), id);
	}
}
