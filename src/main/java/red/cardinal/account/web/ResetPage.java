package red.cardinal.account.web;

/** The form that sets a new password with a mailed token. */
public record ResetPage(String token) {
}
