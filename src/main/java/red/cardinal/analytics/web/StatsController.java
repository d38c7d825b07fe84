package red.cardinal.analytics.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.springframework.web.bind.annotation.RequestParam;

import red.cardinal.account.AccountPrincipal;
import red.cardinal.analytics.Analytics;
import red.cardinal.analytics.Stats;
import red.cardinal.card.Card;
import red.cardinal.card.CardManagement;
import red.cardinal.web.Ui;

/** The owner's stats pages: one card with a chart and the tables, all cards side by side, CSV export. */
@Controller
class StatsController {

	static final List<String> CHARTED = List.of("views", "uniqueVisitors", "vcardDownloads", "qrScans");

	private final Stats stats;
	private final CardManagement cards;
	private final Analytics analytics;

	StatsController(Stats stats, CardManagement cards, Analytics analytics) {
		this.analytics = analytics;
		this.stats = stats;
		this.cards = cards;
	}

	@GetMapping("/dashboard/cards/{id}/stats")
	String card(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@ModelAttribute("ui") Ui ui, Model model) {
		Card card = cards.get(owner.accountId(), id);
		LocalDate today = LocalDate.now(analytics.zone(card));
		LocalDate start = StatsApiController.date("from", from, today.minusDays(29));
		LocalDate end = StatsApiController.date("to", to, today);
		Stats.Report report = stats.card(owner.accountId(), id, start, end, "day");
		model.addAttribute("page", new StatsPage(ui.t("stats.title", card.displayName()), "/dashboard/cards/" + id + "/stats",
				start.toString(), end.toString(), report, chart(report, ui), conversion(report), List.of()));
		return "analytics/stats";
	}

	@GetMapping("/dashboard/stats")
	String all(@AuthenticationPrincipal AccountPrincipal owner, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @ModelAttribute("ui") Ui ui, Model model) {
		LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);
		LocalDate start = StatsApiController.date("from", from, today.minusDays(29));
		LocalDate end = StatsApiController.date("to", to, today);
		var rows = new ArrayList<StatsPage.CardRow>();
		for (Card card : cards.list(owner.accountId())) {
			var t = stats.card(owner.accountId(), card.getId(), start, end, "day").totals();
			rows.add(new StatsPage.CardRow(card.displayName(), "/dashboard/cards/" + card.getId() + "/stats?from=" + start
					+ "&to=" + end, t.get("views"), t.get("uniqueVisitors"), t.get("vcardDownloads"), t.get("qrScans")));
		}
		Stats.Report report = stats.owner(owner.accountId(), start, end);
		model.addAttribute("page", new StatsPage(ui.t("stats.all"), "/dashboard/stats", start.toString(), end.toString(),
				report, chart(report, ui), conversion(report), rows));
		return "analytics/stats";
	}

	@GetMapping("/dashboard/cards/{id}/stats.csv")
	ResponseEntity<byte[]> csv(@AuthenticationPrincipal AccountPrincipal owner, @PathVariable long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Card card = cards.get(owner.accountId(), id);
		LocalDate today = LocalDate.now(analytics.zone(card));
		Stats.Report report = stats.card(owner.accountId(), id, StatsApiController.date("from", from, today.minusDays(29)),
				StatsApiController.date("to", to, today), "day");
		var keys = new ArrayList<>(report.totals().keySet());
		var csv = new StringBuilder("day," + String.join(",", keys) + "\r\n");
		for (var point : report.series()) {
			csv.append(point.at());
			keys.forEach(k -> csv.append(',').append(point.counts().get(k)));
			csv.append("\r\n");
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("stats.csv").build().toString())
			.body(csv.toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Saves per 100 views in the period, or null without views. */
	private static String conversion(Stats.Report report) {
		long views = report.totals().get("views");
		return views == 0 ? null : String.format(Locale.ROOT, "%.1f %%", 100.0 * report.totals().get("vcardDownloads") / views);
	}

	/** The day series as SVG polylines in a 600×200 box; a label every week or so. */
	static StatsPage.Chart chart(Stats.Report report, Ui ui) {
		var series = report.series();
		long max = Math.max(1, series.stream()
			.flatMap(p -> CHARTED.stream().map(k -> p.counts().get(k))).mapToLong(Long::longValue).max().orElse(1));
		var lines = new ArrayList<StatsPage.Line>();
		for (String key : CHARTED) {
			var points = new StringBuilder();
			for (int i = 0; i < series.size(); i++) {
				double x = series.size() == 1 ? 300 : 600.0 * i / (series.size() - 1);
				double y = 190 - 180.0 * series.get(i).counts().get(key) / max;
				points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
			}
			lines.add(new StatsPage.Line(ui.t("stats." + key), points.toString().strip(), "s-" + key));
		}
		var labels = new ArrayList<StatsPage.Label>();
		int step = Math.max(1, series.size() / 6);
		for (int i = 0; i < series.size(); i += step) {
			labels.add(new StatsPage.Label(series.size() == 1 ? 300 : (int) (600.0 * i / (series.size() - 1)),
					series.get(i).at().substring(5)));
		}
		return new StatsPage.Chart(lines, labels, max);
	}
}
