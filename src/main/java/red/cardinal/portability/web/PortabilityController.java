package red.cardinal.portability.web;

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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.portability.AccountExport;
import red.cardinal.portability.AccountImport;
import red.cardinal.shared.ConflictException;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.shared.Violation;
import red.cardinal.web.Ui;

/** The account page's export download and import upload. */
@Controller
class PortabilityController {

	private final AccountExport exports;
	private final AccountImport imports;

	PortabilityController(AccountExport exports, AccountImport imports) {
		this.exports = exports;
		this.imports = imports;
	}

	@GetMapping("/account/export")
	void export(@AuthenticationPrincipal AccountPrincipal owner, HttpServletResponse response) throws IOException {
		Downloads.export(exports, owner.accountId(), response);
	}

	@PostMapping("/account/import")
	String importZip(@AuthenticationPrincipal AccountPrincipal owner,
			@RequestParam(name = "file", required = false) MultipartFile file, Locale locale, @ModelAttribute("ui") Ui ui,
			Model model, HttpServletResponse response) throws IOException {
		try {
			model.addAttribute("page", ImportedPage.of(imports.importZip(owner.accountId(), Downloads.upload(file), locale)));
		}
		catch (InvalidInputException e) {
			return refused(HttpStatus.BAD_REQUEST, e.violations(), ui, model, response);
		}
		catch (ConflictException e) {
			return refused(HttpStatus.CONFLICT, List.of(e.violation()), ui, model, response);
		}
		return "portability/imported";
	}

	private static String refused(HttpStatus status, List<Violation> violations, Ui ui, Model model,
			HttpServletResponse response) {
		response.setStatus(status.value());
		model.addAttribute("page", ImportedPage.refused(violations.stream()
			.map(v -> v.field().equals("file") ? ui.message(v) : v.field() + " — " + ui.message(v)).toList()));
		return "portability/imported";
	}
}
