package red.cardinal.account.web;

/** A screen that only tells something: check your inbox, email verified, link expired. */
public record MessagePage(String titleKey, String textKey, String linkHref, String linkKey) {
}
