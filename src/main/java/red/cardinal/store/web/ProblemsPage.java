package red.cardinal.store.web;

import java.util.List;

/** What was wrong with a submission that has no form to show the problems next to, and where to go back. */
public record ProblemsPage(String title, String back, List<String> problems) {
}
