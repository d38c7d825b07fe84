package red.cardinal.account.web;

import java.util.List;

import red.cardinal.account.ApiTokens.ApiToken;
import red.cardinal.account.ApiTokens.NewToken;

/** The owner's account: password, API tokens (a new one shown once) and deletion. */
public record AccountPage(String email, List<ApiToken> tokens, NewToken created, String notice) {
}
