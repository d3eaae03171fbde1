package org.eventbase.story;

import java.util.List;

/**
 * What story clustering keeps of one article: its MinHash signature (near-duplicates), its salient names and
 * places (story links), and its events (coreference). Small and serialisable, so that the store keeps one per
 * article and never re-reads the text. Example: {@code ArticleProfiles.of(document)}.
 *
 * @param articleId the article's id
 * @param title     its headline, or null
 * @param publisher its outlet, or null
 * @param published its publication day (ISO), or null
 * @param minHash   MinHash signature of its clean text's shingles
 * @param names     salient keys: {@code place:GEONAME_ID} of cities and provinces, {@code name:LOWER NAME} of people
 *                  and organisations, sorted
 * @param events    its events that can be merged (not negated), in text order
 */
public record ArticleProfile(
        String articleId,
        String title,
        String publisher,
        String published,
        int[] minHash,
        List<String> names,
        List<EventProfile> events) {
    public ArticleProfile {
        minHash = minHash.clone();
        names = List.copyOf(names);
        events = List.copyOf(events);
    }

    @Override
    public int[] minHash() {
        return minHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticleProfile p && articleId.equals(p.articleId)
                && java.util.Arrays.equals(minHash, p.minHash) && names.equals(p.names) && events.equals(p.events)
                && java.util.Objects.equals(published, p.published) && java.util.Objects.equals(title, p.title)
                && java.util.Objects.equals(publisher, p.publisher);
    }

    @Override
    public int hashCode() {
        return articleId.hashCode();
    }
}
