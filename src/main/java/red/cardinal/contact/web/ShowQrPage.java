package red.cardinal.contact.web;

/** The full-screen QR code a person shows on their phone for another phone to scan. */
public record ShowQrPage(String name, String slug, String url) {
}
