package red.cardinal.contact;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.ImageType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.Revision;
import ezvcard.property.StructuredName;
import ezvcard.property.Uid;
import ezvcard.property.Url;

import red.cardinal.card.Card;
import red.cardinal.card.Link;
import red.cardinal.card.Phone;
import red.cardinal.card.SocialNetwork;

/**
 * A card as a vCard that every phone imports: 3.0 by default (iOS, Android, Outlook), 4.0 on
 * request. Empty fields are left out; ez-vcard escapes commas, semicolons, backslashes and line
 * breaks, so no value can start a property of its own.
 */
public final class VCardWriter {

	private VCardWriter() {
	}

	/**
	 * @param cardUrl the card's public URL, added as a URL of the contact
	 * @param photoJpeg the contact photo (at most 300×300), or null
	 */
	public static String write(Card card, String cardUrl, byte[] photoJpeg, VCardVersion version) {
		VCard vcard = new VCard();
		var name = card.getName();
		var n = new StructuredName();
		n.setFamily(name.family());
		n.setGiven(name.given());
		if (name.middle() != null) {
			n.getAdditionalNames().add(name.middle());
		}
		if (name.prefix() != null) {
			n.getPrefixes().add(name.prefix());
		}
		if (name.suffix() != null) {
			n.getSuffixes().add(name.suffix());
		}
		vcard.setStructuredName(n);
		vcard.setFormattedName(card.displayName());
		if (card.getOrganization() != null) {
			vcard.setOrganization(card.getOrganization());
		}
		if (card.getJobTitle() != null) {
			vcard.addTitle(card.getJobTitle());
		}
		card.getPhones().forEach(phone -> vcard.addTelephoneNumber(phone.number(), types(phone)));
		card.getEmails().forEach(email -> vcard.addEmail(email.address(), emailType(email.type())));
		card.getWebsites().forEach(website -> vcard.addUrl(website.url()));
		card.getAddresses().forEach(a -> vcard.addAddress(address(a)));
		if (card.getBio() != null) {
			vcard.addNote(card.getBio());
		}
		for (Link link : card.getLinks()) {
			Url url = vcard.addUrl(link.url());
			if (link.network() != SocialNetwork.CUSTOM) {
				url.setType(link.network().id());
				RawProperty profile = vcard.addExtendedProperty("X-SOCIALPROFILE", link.url());
				profile.getParameters().setType(link.network().id());
			}
		}
		Url own = vcard.addUrl(cardUrl);
		own.setType("card");
		if (photoJpeg != null) {
			vcard.addPhoto(new Photo(photoJpeg, ImageType.JPEG));
		}
		vcard.setRevision(new Revision(card.getUpdatedAt()));
		vcard.setUid(new Uid(uid(card)));
		return Ezvcard.write(vcard).version(version).prodId(false).go();
	}

	/**
	 * The contact as small as a QR code wants it: names, organisation, title, phones, emails,
	 * addresses and the card's URL (where everything else is), without photo, note or links.
	 */
	public static String compact(Card card, String cardUrl) {
		VCard vcard = new VCard();
		var name = card.getName();
		var n = new StructuredName();
		n.setFamily(name.family());
		n.setGiven(name.given());
		vcard.setStructuredName(n);
		vcard.setFormattedName(card.displayName());
		if (card.getOrganization() != null) {
			vcard.setOrganization(card.getOrganization());
		}
		if (card.getJobTitle() != null) {
			vcard.addTitle(card.getJobTitle());
		}
		card.getPhones().forEach(phone -> vcard.addTelephoneNumber(phone.number(), types(phone)));
		card.getEmails().forEach(email -> vcard.addEmail(email.address(), emailType(email.type())));
		card.getAddresses().forEach(a -> vcard.addAddress(address(a)));
		vcard.addUrl(cardUrl);
		return Ezvcard.write(vcard).version(VCardVersion.V3_0).prodId(false).go();
	}

	/** The same for a card forever, so a phone updates the contact instead of adding a second one. */
	static String uid(Card card) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("cardinal:card:" + card.getId()).getBytes(StandardCharsets.UTF_8));
	}

	private static TelephoneType[] types(Phone phone) {
		return switch (phone.type()) {
			case "work" -> new TelephoneType[] { TelephoneType.WORK, TelephoneType.VOICE };
			case "home" -> new TelephoneType[] { TelephoneType.HOME, TelephoneType.VOICE };
			case "fax" -> new TelephoneType[] { TelephoneType.FAX };
			default -> new TelephoneType[] { TelephoneType.CELL };
		};
	}

	private static EmailType emailType(String type) {
		return switch (type) {
			case "home" -> EmailType.HOME;
			case "work" -> EmailType.WORK;
			default -> EmailType.INTERNET;
		};
	}

	private static Address address(red.cardinal.card.Address a) {
		var address = new Address();
		address.setStreetAddress(a.street());
		address.setLocality(a.locality());
		address.setRegion(a.region());
		address.setPostalCode(a.postalCode());
		address.setCountry(a.country());
		if ("work".equals(a.type())) {
			address.getTypes().add(AddressType.WORK);
		}
		else if ("home".equals(a.type())) {
			address.getTypes().add(AddressType.HOME);
		}
		return address;
	}
}
