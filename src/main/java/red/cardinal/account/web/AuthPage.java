package red.cardinal.account.web;

/** The sign-up, sign-in and forgotten-password screens: the email typed so far and a notice key. */
public record AuthPage(String email, String notice, boolean noticeIsError, boolean signUpOpen) {
}
