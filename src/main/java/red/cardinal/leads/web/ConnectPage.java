package red.cardinal.leads.web;

/** The page of a card's form on its own (sent back with errors) or its thank-you (form null). */
public record ConnectPage(String slug, String ownerName, ConnectForm form) {
}
