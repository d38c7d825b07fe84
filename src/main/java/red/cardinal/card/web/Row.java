package red.cardinal.card.web;

/** A row of a list in the editor; a row left entirely blank is dropped. */
interface Row {

	boolean blank();
}
