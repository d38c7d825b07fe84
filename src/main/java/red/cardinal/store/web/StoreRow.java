package red.cardinal.store.web;

import red.cardinal.store.StoreSettings;

/** The store part of the editor's form. */
public class StoreRow {

	private boolean enabled;
	private String orderPhone;
	private String currency;
	private String locale;

	static StoreRow of(StoreSettings s) {
		var row = new StoreRow();
		StoreSettings settings = s == null ? StoreSettings.CLOSED : s;
		row.enabled = settings.enabled();
		row.orderPhone = settings.orderPhone();
		row.currency = settings.currency();
		row.locale = settings.locale();
		return row;
	}

	StoreSettings toSettings() {
		return new StoreSettings(enabled, orderPhone, currency, locale);
	}

	public boolean isEnabled() { return enabled; }
	public void setEnabled(boolean enabled) { this.enabled = enabled; }
	public String getOrderPhone() { return orderPhone; }
	public void setOrderPhone(String orderPhone) { this.orderPhone = orderPhone; }
	public String getCurrency() { return currency; }
	public void setCurrency(String currency) { this.currency = currency; }
	public String getLocale() { return locale; }
	public void setLocale(String locale) { this.locale = locale; }
}
