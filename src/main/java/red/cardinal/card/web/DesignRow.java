package red.cardinal.card.web;

import java.util.ArrayList;
import java.util.List;

import red.cardinal.design.Design;
import red.cardinal.design.Theme;

/**
 * The design part of the editor's form. The colour pickers always hold a colour, so
 * {@code ownColors} says whether they count or the theme's colours apply.
 */
public class DesignRow {

	private String theme;
	private boolean ownColors;
	private String accent;
	private String background;
	private String text;
	private String font;
	private String coverMediaId;
	private String coverFocusX = "50";
	private String coverFocusY = "50";
	private String photoShape;
	private String buttonStyle;
	private String mode;
	private List<SectionRow> sections = new ArrayList<>();

	static DesignRow of(Design d) {
		var row = new DesignRow();
		var palette = Theme.of(d.theme()).orElse(Theme.CLASSIC).palette();
		row.theme = d.theme();
		row.ownColors = d.colors().accent() != null || d.colors().background() != null || d.colors().text() != null;
		row.accent = d.colors().accent() != null ? d.colors().accent() : palette.accent();
		row.background = d.colors().background() != null ? d.colors().background() : palette.background();
		row.text = d.colors().text() != null ? d.colors().text() : palette.text();
		row.font = d.font();
		row.coverMediaId = d.coverMediaId();
		String[] focus = (d.coverFocus() == null ? Design.CENTRE : d.coverFocus()).split(",");
		row.coverFocusX = focus[0];
		row.coverFocusY = focus[1];
		row.photoShape = d.photoShape();
		row.buttonStyle = d.buttonStyle();
		row.mode = d.mode();
		d.sections().forEach(s -> row.sections.add(new SectionRow(s.name(), s.visible())));
		return row;
	}

	Design toDesign() {
		var colors = ownColors ? new Design.Colors(accent, background, text) : Design.Colors.THEME;
		String focus = coverFocusX == null || coverFocusY == null ? null : coverFocusX.strip() + "," + coverFocusY.strip();
		return new Design(theme, colors, font, coverMediaId, photoShape, buttonStyle, mode,
				sections.stream().filter(s -> s != null && s.name != null)
					.map(s -> new Design.Section(s.name, s.visible)).toList(), focus);
	}

	/** Takes one of the owner's colours (validation checks the value when it counts). */
	void use(String color, String value) {
		switch (color) {
			case "accent" -> accent = value;
			case "background" -> background = value;
			case "text" -> text = value;
			default -> {
				return;
			}
		}
		ownColors = true;
	}

	/** A section row: which section, and whether it shows. */
	public static class SectionRow {

		String name;
		boolean visible;

		public SectionRow() {
		}

		SectionRow(String name, boolean visible) {
			this.name = name;
			this.visible = visible;
		}

		public String getName() { return name; }
		public void setName(String name) { this.name = name; }
		public boolean isVisible() { return visible; }
		public void setVisible(boolean visible) { this.visible = visible; }
	}

	// Getters and setters for data binding.

	public String getTheme() { return theme; }
	public void setTheme(String theme) { this.theme = theme; }
	public boolean isOwnColors() { return ownColors; }
	public void setOwnColors(boolean ownColors) { this.ownColors = ownColors; }
	public String getAccent() { return accent; }
	public void setAccent(String accent) { this.accent = accent; }
	public String getBackground() { return background; }
	public void setBackground(String background) { this.background = background; }
	public String getText() { return text; }
	public void setText(String text) { this.text = text; }
	public String getFont() { return font; }
	public void setFont(String font) { this.font = font; }
	public String getCoverMediaId() { return coverMediaId; }
	public void setCoverMediaId(String coverMediaId) { this.coverMediaId = coverMediaId; }
	public String getCoverFocusX() { return coverFocusX; }
	public void setCoverFocusX(String coverFocusX) { this.coverFocusX = coverFocusX; }
	public String getCoverFocusY() { return coverFocusY; }
	public void setCoverFocusY(String coverFocusY) { this.coverFocusY = coverFocusY; }
	public String getPhotoShape() { return photoShape; }
	public void setPhotoShape(String photoShape) { this.photoShape = photoShape; }
	public String getButtonStyle() { return buttonStyle; }
	public void setButtonStyle(String buttonStyle) { this.buttonStyle = buttonStyle; }
	public String getMode() { return mode; }
	public void setMode(String mode) { this.mode = mode; }
	public List<SectionRow> getSections() { return sections; }
	public void setSections(List<SectionRow> sections) { this.sections = sections; }
}
