package org.eventbase.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eventbase.model.Article;
import org.eventbase.model.Attribute;
import org.eventbase.model.Count;
import org.eventbase.model.Entity;
import org.eventbase.model.Event;
import org.eventbase.model.EventActor;
import org.eventbase.model.Quote;
import org.eventbase.model.TimeRef;
import org.eventbase.model.Role;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.Layers;

/**
 * A readable summary of one extracted article for {@code --format text}: metadata, size, and each entity with
 * its roles, attributes and mention count, each date with its resolved value, each quote with its speaker, each
 * count with its claimant and each event with its date, actors, place and ACLED category.
 */
final class ArticleSummary {
    private ArticleSummary() {}

    static String render(Document doc) {
        Article a = doc.article();
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(orDash(a.title())).append('\n');
        sb.append("id ").append(a.id()).append("  input ").append(a.input()).append('\n');
        sb.append(field("publisher", a.publisher())).append(field("syndicator", a.syndicator()))
                .append(field("published", a.published())).append(field("language", a.language()));
        if (a.url() != null) {
            sb.append(field("url", a.url()));
        }
        sb.setLength(sb.length() - 2);
        sb.append('\n');
        int paragraphs = a.text().isEmpty() ? 0 : a.text().split("\n\n").length;
        sb.append("text ").append(a.text().length()).append(" characters in ").append(paragraphs)
                .append(" paragraphs\n");
        doc.find(Layers.ENTITIES).ifPresent(layer -> {
            sb.append("entities (").append(layer.entities().size()).append(")\n");
            for (Entity e : layer.entities()) {
                sb.append("  ").append(String.format("%-13s", e.kind())).append(e.name());
                List<String> facts = new ArrayList<>();
                for (Role r : e.roles()) {
                    facts.add(r.of() == null ? r.title() : r.title() + " of " + r.of());
                }
                for (Attribute at : e.attributes()) {
                    facts.add(at.name() + " " + at.value());
                }
                if (!facts.isEmpty()) {
                    sb.append(" — ").append(facts.stream().distinct().collect(Collectors.joining("; ")));
                }
                sb.append("  [").append(e.mentions().size()).append(e.mentions().size() == 1 ? " mention" : " mentions");
                if (!e.aliases().isEmpty()) {
                    sb.append("; also ").append(String.join(", ", e.aliases()));
                }
                sb.append("]\n");
            }
        });
        doc.find(Layers.PLACES).ifPresent(layer -> {
            sb.append("places (").append(layer.places().size()).append(")\n");
            for (org.eventbase.model.Place p : layer.places()) {
                String where = p.resolved() ? String.format(java.util.Locale.ROOT, "%.2f, %.2f", p.lat(), p.lon())
                        : p.reason() == null ? orDash(p.countryCode()) : "? (" + p.reason() + ")";
                sb.append("  ").append(String.format("%-9s", p.precision() == null ? "-" : p.precision()))
                        .append(p.name()).append(p.countryCode() == null ? "" : " (" + p.countryCode() + ")")
                        .append("  ").append(where).append("  [").append(p.mentions().size())
                        .append(p.mentions().size() == 1 ? " mention]" : " mentions]").append('\n');
            }
        });
        doc.find(Layers.TIMES).ifPresent(layer -> {
            sb.append("dates (").append(layer.times().size()).append(")\n");
            for (TimeRef t : layer.times()) {
                sb.append("  ").append(String.format("%-23s", t.resolved() ? t.value() : "? (" + t.reason() + ")"))
                        .append(' ').append(t.text()).append('\n');
            }
        });
        doc.find(Layers.QUOTES).ifPresent(layer -> {
            Map<String, String> names = doc.find(Layers.ENTITIES)
                    .map(l -> l.entities().stream().collect(Collectors.toMap(Entity::id, Entity::name)))
                    .orElse(Map.of());
            sb.append("quotes (").append(layer.quotes().size()).append(")\n");
            for (Quote q : layer.quotes()) {
                String speaker = q.speakerId() != null ? names.getOrDefault(q.speakerId(), q.speakerId())
                        : "? (" + orDash(q.speakerReason()) + (q.speakerText() == null ? "" : ": " + q.speakerText()) + ")";
                sb.append("  ").append(String.format("%-9s", q.kind())).append(speaker)
                        .append(q.channel() == null ? "" : " via " + q.channel())
                        .append(": \u201c").append(clip(q.text(), 70)).append("\u201d\n");
            }
        });
        doc.find(Layers.COUNTS).ifPresent(layer -> {
            sb.append("counts (").append(layer.counts().size()).append(")\n");
            for (Count c : layer.counts()) {
                sb.append("  ").append(String.format("%-13s", c.kind())).append(c.min())
                        .append(c.max() == null ? "+" : c.max() == c.min() ? "" : "-" + c.max())
                        .append(c.victims() == null ? "" : " " + c.victims())
                        .append(" \u00ab").append(c.text()).append("\u00bb")
                        .append(c.claimant() == null ? "" : " claimed by " + c.claimant().name()
                                + (c.claimant().reportedBy() == null ? "" : " via " + c.claimant().reportedBy()))
                        .append(c.historical() ? " [historical]" : "").append('\n');
            }
        });
        doc.find(Layers.EVENTS).ifPresent(layer -> {
            sb.append("events (").append(layer.events().size()).append(")\n");
            for (Event e : layer.events()) {
                List<String> flags = new ArrayList<>();
                if (e.modality().hypothetical()) {
                    flags.add("hypothetical");
                }
                if (e.modality().negated()) {
                    flags.add("negated");
                }
                if (e.modality().historical()) {
                    flags.add("historical");
                }
                if (e.modality().reported()) {
                    flags.add("reported");
                }
                sb.append("  ").append(String.format("%-23s", e.type() + (e.mode() == null ? "" : "/" + e.mode())))
                        .append(String.format("%-11s", e.time() == null ? "-" : e.time().value()))
                        .append(' ').append(actors(e.sources())).append(" \u2192 ").append(actors(e.targets()))
                        .append(" \u00ab").append(e.trigger()).append("\u00bb")
                        .append(e.place() == null ? "" : " in " + e.place().text())
                        .append(e.acled() == null ? "" : " (ACLED " + e.acled().eventType() + " / "
                                + e.acled().subEventType() + ")")
                        .append(e.claimant() == null ? "" : " claimed by " + e.claimant().name())
                        .append(flags.isEmpty() ? "" : " [" + String.join(", ", flags) + "]").append('\n');
            }
        });
        return sb.toString();
    }

    private static String actors(List<EventActor> actors) {
        return actors.isEmpty() ? "-" : actors.stream().map(EventActor::text).collect(Collectors.joining(", "));
    }

    private static String clip(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width - 1) + "\u2026";
    }

    private static String field(String name, String value) {
        return name + " " + orDash(value) + "  ";
    }

    private static String orDash(String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
