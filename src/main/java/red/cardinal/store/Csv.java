package red.cardinal.store;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, enough for our exports and imports; cells that a spreadsheet would run as a formula are defused. */
public final class Csv {

	private Csv() {
	}

	/** One line: every cell quoted; a leading {@code = + - @} gets a {@code '} so spreadsheets show it as text. */
	public static String row(List<String> cells) {
		var line = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i) == null ? "" : cells.get(i);
			if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[\\d.,]+")) {
				cell = "'" + cell;
			}
			line.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		return line.append("\r\n").toString();
	}

	/** The rows of a CSV text; quoted cells may hold commas, quotes and line breaks. */
	public static List<List<String>> parse(String text) {
		var rows = new ArrayList<List<String>>();
		var row = new ArrayList<String>();
		var cell = new StringBuilder();
		boolean quoted = false;
		String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
		for (int i = 0; i < t.length(); i++) {
			char c = t.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < t.length() && t.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				row.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
					i++;
				}
				row.add(cell.toString());
				cell.setLength(0);
				if (!(row.size() == 1 && row.get(0).isEmpty())) {
					rows.add(row);
				}
				row = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (cell.length() > 0 || !row.isEmpty()) {
			row.add(cell.toString());
			rows.add(row);
		}
		return rows;
	}
}
