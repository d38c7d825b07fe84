package red.cardinal.shared;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV for every export and import (products, orders, leads), read and written by Apache
 * Commons CSV; cells that a spreadsheet would run as a formula are defused.
 */
public final class Csv {

	private static final CSVFormat WRITE = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL).get();

	private static final CSVFormat READ = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

	private Csv() {
	}

	/** One line: every cell quoted; a leading {@code = + - @} gets a {@code '} so spreadsheets show it as text. */
	public static String row(List<String> cells) {
		var defused = new ArrayList<String>(cells.size());
		for (String cell : cells) {
			String text = cell == null ? "" : cell;
			defused.add(!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?[\\d.,]+")
					? "'" + text : text);
		}
		return WRITE.format(defused.toArray()) + "\r\n";
	}

	/**
	 * The rows of a CSV text (a leading byte-order mark is skipped, empty lines too); quoted cells may
	 * hold commas, quotes and line breaks.
	 * @throws InvalidInputException naming {@code file} when it is not CSV (a quote that never closes)
	 */
	public static List<List<String>> parse(String text) {
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
		var rows = new ArrayList<List<String>>();
		try (var parser = READ.parse(new StringReader(t))) {
			for (CSVRecord record : parser) {
				rows.add(record.toList());
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException e) {
			// a quoted cell that never ends, or a quote in the middle of a cell
			throw new InvalidInputException(Violation.of("file", "product.csv.unreadable"));
		}
		return rows;
	}
}
