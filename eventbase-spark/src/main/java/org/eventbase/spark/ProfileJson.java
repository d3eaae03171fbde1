package org.eventbase.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eventbase.story.ArticleProfile;

/**
 * An {@link ArticleProfile} as JSON, the form it travels in between Spark tasks (the story records are not
 * {@code Serializable}) and the form the store keeps it in ({@code story_profiles}). A profile read back equals the
 * one written. Example: {@code ProfileJson.read(ProfileJson.write(ArticleProfiles.of(doc)))}.
 */
final class ProfileJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ProfileJson() {}

    static String write(ArticleProfile profile) {
        try {
            return JSON.writeValueAsString(profile);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the story profile of " + profile.articleId(), e);
        }
    }

    static ArticleProfile read(String json) {
        try {
            return JSON.readValue(json, ArticleProfile.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable story profile: " + e.getOriginalMessage(), e);
        }
    }

    /** Any value (claims, lists) as compact JSON, for the JSON columns of the story tables. */
    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
