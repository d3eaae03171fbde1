package org.eventbase.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eventbase.pipeline.Document;

/**
 * The event store: articles with every layer extracted from them, failures, and the queries over them. One schema
 * on SQLite (default, a file) and PostgreSQL (a JDBC URL), migrated when opened. Every write is one transaction, so a
 * crash leaves each article either fully stored or absent. Not thread-safe: share one store behind one writer.
 * Example:
 * <pre>{@code
 * try (Store store = Store.open(StoreLocation.parse("eventbase.db"))) {
 *     store.save(document, ArticleSource.of(raw), PipelineVersion.of(extractor.pipeline()));
 *     store.events(EventFilter.ALL.withCountry("KZ"));
 * }
 * }</pre>
 */
public interface Store extends AutoCloseable {

    /** Opens (creating and migrating when needed) the store at {@code location}. */
    static Store open(StoreLocation location) {
        return JdbcStore.open(location);
    }

    Vendor vendor();

    /**
     * The content hashes of every stored article and of every input recorded as a duplicate of one, to skip
     * unchanged inputs before extracting them.
     */
    Set<String> contentHashes();

    /**
     * True when an article was stored from {@code url} (as its input name or its URL), or the URL was recorded as a
     * duplicate input; feeds use it to skip items without fetching them again.
     */
    boolean knowsUrl(String url);

    /** The id of the article stored with this content hash, or of which an input with it was a duplicate. */
    Optional<String> articleIdByHash(String contentHash);

    /**
     * Stores a document and its source in one transaction, replacing any article from the same input or with the
     * same id, and clearing a failure recorded for its input. When the same article (same id) is stored from an
     * input whose name sorts before this one's, that one is kept and this input is only recorded as its duplicate
     * ({@link SaveOutcome#DUPLICATE}); the outcome does not depend on the order inputs are saved in.
     */
    SaveOutcome save(Document document, ArticleSource source, String pipelineVersion);

    /**
     * Stores documents as {@link #save} would, one after another, in one transaction: all of them or none. For bulk
     * loads (the store benchmark fills its million events with it); ingest keeps one transaction per article, so that
     * a crash loses at most the article being written. {@code sources} pairs with {@code documents} by position.
     */
    List<SaveOutcome> saveAll(List<Document> documents, List<ArticleSource> sources, String pipelineVersion);

    /** Records (or replaces) the failure of one input. */
    void recordFailure(String input, String contentHash, String reason);

    /** Sources of the stored articles whose pipeline version differs from {@code pipelineVersion}. */
    List<ArticleSource> sourcesNotMadeBy(String pipelineVersion);

    /** Row counts of the main tables, e.g. {@code articles=12, entities=240, …}. */
    StoreSummary summary();

    /** The ids of every stored article, ordered by input. */
    List<String> articleIds();

    /** The stored article with its layers, as extraction made it (without the NLP tokens). */
    Optional<Document> article(String articleId);

    /** One event with its article's title and evidence sentences. */
    Optional<EventRow> event(EventKey key);

    List<EventRow> events(EventFilter filter);

    /**
     * Hands every event the filter selects (up to its limit) to {@code sink}, one at a time with its whole context,
     * ordered by article id then event id, holding at most one page of keys and one article in memory. Rejected
     * events are left out unless {@code includeRejected} (or the filter asks for {@code rejected} ones).
     */
    void exportEvents(EventFilter filter, boolean includeRejected, java.util.function.Consumer<StoredEvent> sink);

    /**
     * Stores a reviewer's verdict on an event as its next revision: it becomes the event's current review (shown in
     * {@link #events} and {@link #event}) and is appended to the audit log. Returns it with time and revision set.
     */
    EventReview review(EventReview review);

    /** Every verdict given on the event, oldest first: the audit log. */
    List<EventReview> reviews(EventKey key);

    /** Stories, the latest first (by their last day), at most {@code limit}. */
    List<StorySummary> stories(int limit);

    /** One story with its articles and the timeline of its merged events, by story id or the id of an article in it. */
    Optional<org.eventbase.story.Story> story(String id);

    /** Full-text search over article titles and texts and over sentences, best first. */
    List<SearchHit> search(String query, int limit);

    /** Every table's rows in a canonical order, without ingest times: equal dumps mean equal stores. */
    String canonicalDump();

    @Override
    void close();
}
