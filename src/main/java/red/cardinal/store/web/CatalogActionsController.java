package red.cardinal.store.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import red.cardinal.account.AccountPrincipal;
import red.cardinal.shared.InvalidInputException;
import red.cardinal.store.Catalog;
import red.cardinal.store.CatalogCsv;
import red.cardinal.web.Ui;

/** What the catalog list's buttons do: duplicate, move, delete, change prices, export and import CSV. */
@Controller
class CatalogActionsController {

	private final Catalog catalog;
	private final CatalogCsv csv;

	CatalogActionsController(Catalog catalog, CatalogCsv csv) {
		this.catalog = catalog;
		this.csv = csv;
	}

	@PostMapping("/dashboard/cards/{id}/products/{productId}/{action:duplicate|up|down|delete}")
	String act(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable long productId,
			@PathVariable String action) {
		long me = owner.accountId();
		switch (action) {
			case "duplicate" -> catalog.duplicate(me, id, productId);
			case "delete" -> catalog.delete(me, id, productId);
			default -> {
				var ids = catalog.list(me, id).stream().map(p -> p.getId()).toList();
				catalog.move(me, id, productId, ids.indexOf(productId) + ("up".equals(action) ? -1 : 1));
			}
		}
		return "redirect:/dashboard/cards/" + id + "/products?notice=" + action;
	}

	/** Moves a product to a place in the list (drag and drop posts this). */
	@PostMapping("/dashboard/cards/{id}/products/{productId}/move")
	String move(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id, @PathVariable long productId,
			@RequestParam int to) {
		catalog.move(owner.accountId(), id, productId, to);
		return "redirect:/dashboard/cards/" + id + "/products";
	}

	@PostMapping("/dashboard/cards/{id}/products/prices")
	String prices(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String percent, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) {
		double change;
		try {
			change = Double.parseDouble(percent == null ? "" : percent.strip().replace(',', '.'));
		}
		catch (NumberFormatException e) {
			change = Double.NaN;
		}
		try {
			catalog.changePrices(owner.accountId(), id, Set.of(), change);
			return "redirect:/dashboard/cards/" + id + "/products?notice=prices";
		}
		catch (InvalidInputException e) {
			return refused(id, e, ui, model, response);
		}
	}

	@GetMapping("/dashboard/cards/{id}/products.csv")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("products.csv").build().toString())
			.body(csv.export(owner.accountId(), id).getBytes(StandardCharsets.UTF_8));
	}

	@PostMapping("/dashboard/cards/{id}/products/import")
	String importCsv(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(name = "file", required = false) MultipartFile file, @ModelAttribute("ui") Ui ui, Model model,
			HttpServletResponse response) throws IOException {
		try {
			if (file == null || file.isEmpty() || file.getSize() > 2 * 1024 * 1024) {
				throw new InvalidInputException(red.cardinal.shared.Violation.of("file", "product.csv.header"));
			}
			int count = csv.importCsv(owner.accountId(), id, new String(file.getBytes(), StandardCharsets.UTF_8));
			return "redirect:/dashboard/cards/" + id + "/products?notice=imported-" + count;
		}
		catch (InvalidInputException e) {
			return refused(id, e, ui, model, response);
		}
	}

	private String refused(long id, InvalidInputException e, Ui ui, Model model, HttpServletResponse response) {
		response.setStatus(400);
		model.addAttribute("page", new ProblemsPage("product.csv.refused", "/dashboard/cards/" + id + "/products",
				e.violations().stream().map(v -> (v.field().startsWith("lines[") ? v.field() + ": " : "") + ui.message(v)).toList()));
		return "store/refused";
	}
}
