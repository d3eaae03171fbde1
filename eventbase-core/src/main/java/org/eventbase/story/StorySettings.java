package org.eventbase.story;

/**
 * The thresholds of story clustering, tuned on the dev half of the event gold set (docs/stories.md).
 * Example: {@code StorySettings.DEFAULT.withStoryWindowDays(21)}.
 *
 * @param duplicateSimilarity least estimated Jaccard similarity of two texts' shingles for near-duplicates
 * @param storyWindowDays     most days between two articles' publication for a story link
 * @param sharedNames         least number of salient names and places two articles share for a story link
 * @param eventSlackDays      days each event's date span is widened by before spans must overlap
 * @param nearbyKilometres    most distance between two city-level sites of one event
 */
public record StorySettings(double duplicateSimilarity, int storyWindowDays, int sharedNames, int eventSlackDays,
        double nearbyKilometres) {
    public static final StorySettings DEFAULT = new StorySettings(0.5, 21, 2, 0, 30);

    public StorySettings {
        if (duplicateSimilarity <= 0 || duplicateSimilarity > 1 || storyWindowDays < 0 || sharedNames < 1
                || eventSlackDays < 0 || nearbyKilometres < 0) {
            throw new IllegalArgumentException("bad story settings: " + this);
        }
    }

    public StorySettings withStoryWindowDays(int days) {
        return new StorySettings(duplicateSimilarity, days, sharedNames, eventSlackDays, nearbyKilometres);
    }

    public StorySettings withSharedNames(int n) {
        return new StorySettings(duplicateSimilarity, storyWindowDays, n, eventSlackDays, nearbyKilometres);
    }

    public StorySettings withDuplicateSimilarity(double s) {
        return new StorySettings(s, storyWindowDays, sharedNames, eventSlackDays, nearbyKilometres);
    }
}
