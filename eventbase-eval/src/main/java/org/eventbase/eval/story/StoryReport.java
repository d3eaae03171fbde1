package org.eventbase.eval.story;

/**
 * The scores of story clustering on one split of the event gold set. Example: dev, 27 articles in 14 gold stories,
 * articles B-cubed F1 0.9, events B-cubed F1 0.8 over 60 matched events, duplicates P 1.0 R 1.0.
 *
 * @param split          dev, test or all
 * @param articles       gold articles scored
 * @param goldStories    gold stories among them
 * @param systemStories  stories the system made of them
 * @param articleBCubed  B-cubed of the article clustering against the gold {@code story}
 * @param matchedEvents  system events matched to gold events (type and evidence), the items of {@code eventBCubed}
 * @param mergedEvents   merged events the system made of the matched ones
 * @param eventBCubed    B-cubed of the event merging against the gold {@code event_key}
 * @param duplicates     near-duplicate pairs against the gold {@code syndicated_from}
 */
public record StoryReport(String split, int articles, int goldStories, int systemStories, BCubed articleBCubed,
        int matchedEvents, int mergedEvents, BCubed eventBCubed, PairScore duplicates) {}
