package red.cardinal.leads;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.property.Organization;

/** A lead as a vCard 3.0, for the owner's contacts: ez-vcard escapes whatever the visitor typed. */
public final class LeadVCards {

	private LeadVCards() {
	}

	public static String of(Lead lead) {
		VCard vcard = new VCard();
		vcard.setFormattedName(lead.title());
		if (lead.email() != null) {
			vcard.addEmail(lead.email(), EmailType.INTERNET);
		}
		if (lead.phone() != null) {
			vcard.addTelephoneNumber(lead.phone());
		}
		if (lead.company() != null) {
			var org = new Organization();
			org.getValues().add(lead.company());
			vcard.setOrganization(org);
		}
		if (lead.jobTitle() != null) {
			vcard.addTitle(lead.jobTitle());
		}
		if (lead.note() != null) {
			vcard.addNote(lead.note());
		}
		return Ezvcard.write(vcard).version(VCardVersion.V3_0).prodId(false).go();
	}

	/** A file name for it: letters and digits of its title, or {@code lead-<id>}. */
	public static String filename(Lead lead) {
		String base = lead.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
		return (base.isEmpty() || base.length() > 60 ? "lead-" + lead.id() : base) + ".vcf";
	}
}
