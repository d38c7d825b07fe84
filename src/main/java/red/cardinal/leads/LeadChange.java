package red.cardinal.leads;

import java.util.List;

/** The owner's change to a lead; a null field stays as it is. */
public record LeadChange(String status, List<String> tags, String ownerNote) {
}
