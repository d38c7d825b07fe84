package red.cardinal.analytics.web;

import java.util.List;

import red.cardinal.analytics.Stats;

/** The stats dashboard of one card (or all of an owner's cards): the report and its chart, drawn as SVG. */
public record StatsPage(String title, String base, String from, String to, Stats.Report report, Chart chart,
		String conversion, List<CardRow> cards) {

	/** A line chart as SVG path data: one polyline per series, axis labels, in a 600×200 box. */
	public record Chart(List<Line> lines, List<Label> labels, long max) {
	}

	public record Line(String name, String points, String css) {
	}

	public record Label(int x, String text) {
	}

	/** One card's totals in the overview of all cards. */
	public record CardRow(String name, String href, long views, long uniques, long saves, long scans) {
	}
}
