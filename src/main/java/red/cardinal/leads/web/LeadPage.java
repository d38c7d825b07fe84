package red.cardinal.leads.web;

import java.util.List;

import red.cardinal.leads.Lead;

/** One lead: what the visitor shared, from which card, and the owner's form for status, tags and notes. */
public record LeadPage(Lead lead, String cardName, String when, List<String> statuses, String tags, String ownerNote,
		String notice) {
}
