package red.cardinal.media.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.media.ImageUploads;
import red.cardinal.media.MediaManagement;
import red.cardinal.shared.BusyException;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.NotFoundException;
import red.cardinal.shared.Violation;
import red.cardinal.web.Ui;

/** The media library: see uploads and where they are used, upload more, delete what is unused. */
@Controller
class LibraryController {

	private final MediaManagement media;

	LibraryController(MediaManagement media) {
		this.media = media;
	}

	@GetMapping("/dashboard/media")
	String library(@AuthenticationPrincipal AccountPrincipal owner, @RequestParam(required = false) String done,
			Model model) {
		return page(owner, "uploaded".equals(done) ? "library.uploaded" : "deleted".equals(done) ? "library.deleted" : null,
				model);
	}

	@PostMapping("/dashboard/media")
	String upload(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestParam(name = "file", required = false) List<MultipartFile> files, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) throws IOException {
		try {
			for (var upload : ImageUploads.of(files)) {
				media.storeImage(owner.accountId(), upload);
			}
			return "redirect:/dashboard/media?done=uploaded";
		}
		catch (InvalidInputException e) {
			return refused(owner, e.violations(), ui, model, response);
		}
		catch (BusyException e) {
			String page = refused(owner, List.of(e.violation()), ui, model, response);
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds());
			return page;
		}
	}

	/**
	 * Uploads from an image picker inside another form (the card editor's cover): the same upload,
	 * answered in JSON so the picker can show and choose it; a refusal is a problem naming the limit.
	 */
	@PostMapping(path = "/dashboard/media", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<?> uploadForPicker(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestParam(name = "file", required = false) MultipartFile file, @ModelAttribute("ui") Ui ui)
			throws IOException {
		try {
			var item = media.storeImage(owner.accountId(), ImageUploads.of(file));
			return ResponseEntity.ok(item.choice(ui));
		}
		catch (InvalidInputException e) {
			var problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
			problem.setDetail(ui.message(e.violations().get(0)));
			return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		}
	}

	/** Asks before deleting, and says where the upload is used. */
	@GetMapping("/dashboard/media/{id}/delete")
	String confirm(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, Model model) {
		var item = media.list(owner.accountId()).stream().filter(m -> m.id() == id).findFirst()
			.orElseThrow(() -> new NotFoundException("Media"));
		model.addAttribute("page", new LibraryPage.Entry(item.id(), item.url(320),
				media.url(item.key()), item.width(), item.height(), media.usesOf(owner.accountId(), item.key())));
		return "media/delete";
	}

	@PostMapping("/dashboard/media/{id}/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(defaultValue = "false") boolean anyway, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		try {
			media.delete(owner.accountId(), id, anyway);
			return "redirect:/dashboard/media?done=deleted";
		}
		catch (ConflictException e) {
			return refused(owner, List.of(Violation.of("file", e.violation().code(), e.violation().args().toArray())), ui,
					model, response);
		}
	}

	private String refused(AccountPrincipal owner, List<Violation> violations, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("ui", ui.withErrors(violations));
		return page(owner, null, model);
	}

	private String page(AccountPrincipal owner, String notice, Model model) {
		var items = media.list(owner.accountId());
		long used = items.stream().mapToLong(m -> m.bytes()).sum();
		model.addAttribute("page", new LibraryPage(items.stream()
			.map(m -> new LibraryPage.Entry(m.id(), m.url(320), media.url(m.key()),
					m.width(), m.height(), media.usesOf(owner.accountId(), m.key())))
			.toList(), used / (1024 * 1024), notice));
		return "media/library";
	}
}
