package red.cardinal.contact.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.contact.ContactImports;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.Ui;

/** A card from a .vcf file exported by a phone or mail program. */
@Controller
class ImportController {

	private final ContactImports imports;

	ImportController(ContactImports imports) {
		this.imports = imports;
	}

	@GetMapping("/dashboard/cards/import")
	String form(Model model) {
		model.addAttribute("page", new ImportPage(null, List.of()));
		return "contact/import";
	}

	@PostMapping("/dashboard/cards/import")
	String upload(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) throws IOException {
		try {
			var result = imports.create(owner.accountId(), bytes(file), locale);
			model.addAttribute("page", new ImportPage(result.card().getId(),
					result.skipped().stream().map(ui::message).toList()));
			return "contact/import";
		}
		catch (InvalidInputException e) {
			return refused(HttpStatus.BAD_REQUEST, e.violations(), ui, model, response);
		}
		catch (ConflictException e) {
			return refused(HttpStatus.CONFLICT, List.of(e.violation()), ui, model, response);
		}
	}

	private static String refused(HttpStatus status, List<Violation> violations, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("ui", ui.withErrors(violations));
		model.addAttribute("page", new ImportPage(null, List.of()));
		return "contact/import";
	}

	/** Refreshes a card's contact details from a file; slug, visibility and services stay. */
	@PostMapping("/dashboard/cards/{id}/import")
	String update(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) throws IOException {
		try {
			var result = imports.update(owner.accountId(), id, bytes(file), locale);
			model.addAttribute("page", new ImportPage(result.card().getId(),
					result.skipped().stream().map(ui::message).toList()));
		}
		catch (InvalidInputException e) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("ui", ui.withErrors(e.violations()));
			model.addAttribute("page", new ImportPage(null, List.of()));
		}
		return "contact/import";
	}

	static byte[] bytes(MultipartFile file) throws IOException {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException(Violation.of("file", "import.required"));
		}
		if (file.getSize() > red.cardinal.contact.VCardReader.MAX_BYTES) {
			// Tomcat takes posts up to the image uploads' bound: not one to read into the heap for a .vcf
			throw new InvalidInputException(Violation.of("file", "import.tooLarge", red.cardinal.contact.VCardReader.MAX_BYTES / 1024));
		}
		return file.getBytes();
	}
}
