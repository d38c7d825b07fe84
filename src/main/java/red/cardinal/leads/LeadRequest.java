package red.cardinal.leads;

/**
 * What a visitor sends from a card's form (or as JSON): their details, whether they agree to the
 * consent text ({@code consent}: true), and {@code website}, a field people never see and bots fill in.
 */
public record LeadRequest(String name, String email, String phone, String company, String jobTitle, String note,
		Boolean consent, String website) {

	/** Whether a bot filled in the field people never see. */
	public boolean fromBot() {
		return website != null && !website.isEmpty();
	}
}
