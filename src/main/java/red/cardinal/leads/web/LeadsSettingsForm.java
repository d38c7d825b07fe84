package red.cardinal.leads.web;

import java.util.ArrayList;
import java.util.List;

import red.cardinal.leads.LeadSettings;

/**
 * The lead form's settings screen: the settings (fields named as their errors are,
 * {@code leads.consentText}) and the card's version they were read at.
 */
public class LeadsSettingsForm {

	private Row leads = new Row();
	private String version;

	static LeadsSettingsForm of(LeadSettings s, String version) {
		var form = new LeadsSettingsForm();
		Row r = form.leads;
		r.enabled = s.enabled();
		r.fields = new ArrayList<>(s.fields());
		r.required = new ArrayList<>(s.required());
		r.consentText = s.consentText();
		r.retentionDays = s.retentionDays() == null ? null : s.retentionDays().toString();
		r.notifyOwner = s.mailsOwner();
		r.digest = s.digest();
		form.version = version;
		return form;
	}

	/** The settings to check; a retention that is no number is sent on as one out of range, so it is refused. */
	LeadSettings toSettings() {
		Row r = leads;
		Integer days = null;
		if (r.retentionDays != null && !r.retentionDays.isBlank()) {
			days = r.retentionDays.strip().matches("\\d{1,5}") ? Integer.valueOf(r.retentionDays.strip()) : -1;
		}
		return new LeadSettings(r.enabled, r.fields, r.required, r.consentText, days, r.notifyOwner, r.digest);
	}

	public Row getLeads() { return leads; }
	public void setLeads(Row leads) { this.leads = leads == null ? new Row() : leads; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }

	/** The settings as the screen's fields. */
	public static class Row {

		private boolean enabled;
		private List<String> fields = new ArrayList<>();
		private List<String> required = new ArrayList<>();
		private String consentText;
		private String retentionDays;
		private boolean notifyOwner;
		private boolean digest;

		public boolean isEnabled() { return enabled; }
		public void setEnabled(boolean enabled) { this.enabled = enabled; }
		public List<String> getFields() { return fields; }
		public void setFields(List<String> fields) { this.fields = fields == null ? new ArrayList<>() : fields; }
		public List<String> getRequired() { return required; }
		public void setRequired(List<String> required) { this.required = required == null ? new ArrayList<>() : required; }
		public String getConsentText() { return consentText; }
		public void setConsentText(String consentText) { this.consentText = consentText; }
		public String getRetentionDays() { return retentionDays; }
		public void setRetentionDays(String retentionDays) { this.retentionDays = retentionDays; }
		public boolean isNotifyOwner() { return notifyOwner; }
		public void setNotifyOwner(boolean notifyOwner) { this.notifyOwner = notifyOwner; }
		public boolean isDigest() { return digest; }
		public void setDigest(boolean digest) { this.digest = digest; }
	}
}
