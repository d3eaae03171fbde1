package org.eventbase.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eventbase.model.Entity;
import org.eventbase.model.EntityKind;
import org.eventbase.model.EntityLayer;
import org.eventbase.model.Mention;
import org.eventbase.model.NlpAnnotation;
import org.eventbase.model.Sentence;
import org.eventbase.pipeline.Document;
import org.eventbase.pipeline.LayerKey;
import org.eventbase.pipeline.Layers;
import org.eventbase.pipeline.Stage;

/**
 * Turns the recogniser's mentions into the article's entities ({@link Layers#ENTITIES}): one per referent, ids
 * {@code e1}, {@code e2}, … in order of first mention, the fullest name as canonical name, acronyms and short
 * forms as aliases, every mention with exact offsets, and the roles and attributes the text states.
 * Example: "Norway's foreign minister Ana Berg … Berg said" gives Ana Berg (two mentions,
 * foreign minister of Norway) and Norway.
 *
 * <p>Stateless and thread-safe. A problem with one sentence loses only that sentence's roles; odd input
 * (empty text, no names) gives an empty layer, never an exception.
 */
public final class EntityStage implements Stage {
    private static final String VERSION = "1";

    private final NameMentionCollector collector = new NameMentionCollector();
    private final AcronymResolver acronyms = new AcronymResolver();
    private final MentionClusterer clusterer = new MentionClusterer();

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public Set<LayerKey<?>> requires() {
        return Set.of(Layers.NLP);
    }

    @Override
    public Set<LayerKey<?>> provides() {
        return Set.of(Layers.ENTITIES);
    }

    @Override
    public Document apply(Document document) {
        String text = document.article().text() == null ? "" : document.article().text();
        EntityLayer layer = extract(text, document.layer(Layers.NLP));
        return document.with(Layers.ENTITIES, layer, provenance(Layers.ENTITIES));
    }

    /** The entities of one article's text, given its NLP layer; an empty layer when nothing can be found. */
    public EntityLayer extract(String text, NlpAnnotation nlp) {
        List<NameMention> mentions;
        try {
            mentions = collector.collect(nlp, text);
        } catch (RuntimeException e) {
            return new EntityLayer(List.of());
        }
        try {
            mentions = acronyms.resolve(nlp, text, mentions);
        } catch (RuntimeException e) {
            // acronyms stay unlinked rather than the article losing its entities
        }
        try {
            mentions = NestedPlaceFinder.find(nlp, text, mentions);
        } catch (RuntimeException e) {
            // places inside organisation names stay uncounted
        }
        Resolution first;
        try {
            first = resolve(text, nlp, mentions);
        } catch (RuntimeException e) {
            return new EntityLayer(List.of());
        }
        Resolution result = first;
        List<NameMention> missed = first.facts().unrecognisedNames();
        if (!missed.isEmpty()) {
            try {
                result = resolve(text, nlp, withNames(mentions, missed));
            } catch (RuntimeException e) {
                // the names the patterns found stay attributes only
            }
        }
        List<Entity> entities = new ArrayList<>();
        for (int i = 0; i < result.clusters().size(); i++) {
            entities.add(toEntity(idOf(i), result.clusters().get(i), result.facts()));
        }
        return new EntityLayer(entities);
    }

    /** Clusters and the facts found about them. */
    private record Resolution(List<MentionCluster> clusters, EntityFacts facts) {}

    private Resolution resolve(String text, NlpAnnotation nlp, List<NameMention> mentions) {
        List<MentionCluster> clusters = clusterer.cluster(mentions);
        Map<String, String> idsByName = new HashMap<>();
        List<List<IdentifiedMention>> bySentence = new ArrayList<>();
        nlp.sentences().forEach(s -> bySentence.add(new ArrayList<>()));
        for (int i = 0; i < clusters.size(); i++) {
            MentionCluster cluster = clusters.get(i);
            idsByName.putIfAbsent(cluster.name(), idOf(i));
            for (NameMention m : cluster.mentions()) {
                bySentence.get(m.sentence()).add(new IdentifiedMention(idOf(i), cluster.name(), cluster.kind(), m));
            }
        }
        return new Resolution(clusters, findFacts(text, nlp, bySentence, idsByName));
    }

    /** The mentions with {@code names} added, each replacing the recogniser's mentions it overlaps. */
    private static List<NameMention> withNames(List<NameMention> mentions, List<NameMention> names) {
        List<NameMention> out = new ArrayList<>(names);
        for (NameMention m : mentions) {
            if (names.stream().noneMatch(n -> n.overlaps(m))) {
                out.add(m);
            }
        }
        return out;
    }

    private static String idOf(int index) {
        return "e" + (index + 1);
    }

    private static EntityFacts findFacts(String text, NlpAnnotation nlp, List<List<IdentifiedMention>> bySentence,
                                         Map<String, String> idsByName) {
        EntityFacts facts = new EntityFacts();
        PrenominalDescriptionFinder before = new PrenominalDescriptionFinder(idsByName);
        AppositiveDescriptionFinder after = new AppositiveDescriptionFinder(idsByName);
        for (Sentence sentence : nlp.sentences()) {
            List<IdentifiedMention> mentions = bySentence.get(sentence.index());
            mentions.sort(java.util.Comparator.comparingInt(IdentifiedMention::tokenStart));
            SentenceView view = new SentenceView(sentence, text, mentions);
            for (IdentifiedMention mention : mentions) {
                if (mention.kind() != EntityKind.PERSON) {
                    continue;
                }
                try {
                    before.find(view, mention, facts);
                    after.find(view, mention, facts);
                } catch (RuntimeException e) {
                    // an odd mention loses its roles; the rest of the article keeps its own
                }
            }
        }
        return facts;
    }

    private static Entity toEntity(String id, MentionCluster cluster, EntityFacts facts) {
        Set<String> aliases = new LinkedHashSet<>();
        List<Mention> mentions = new ArrayList<>();
        for (NameMention m : cluster.mentions()) {
            mentions.add(new Mention(m.start(), m.end(), m.text()));
            String surface = m.text().replaceAll("\\s+", " ");
            if (!surface.equals(cluster.name())) {
                aliases.add(surface);
            }
        }
        return new Entity(id, cluster.name(), cluster.kind(), List.copyOf(aliases), facts.rolesOf(id),
                facts.attributesOf(id), mentions);
    }
}
