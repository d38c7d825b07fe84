package red.cardinal.store.web;

/** The store settings screen's form: the settings, and the card's version they were read at. */
public class StoreSettingsForm {

	private StoreRow store = StoreRow.of(null);
	private String version;

	public StoreRow getStore() { return store; }
	public void setStore(StoreRow store) { this.store = store; }
	public String getVersion() { return version; }
	public void setVersion(String version) { this.version = version; }
}
