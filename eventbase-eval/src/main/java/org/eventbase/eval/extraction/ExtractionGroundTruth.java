package org.eventbase.eval.extraction;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eventbase.model.InputException;

/**
 * Reads an article-extraction ground-truth file, {@code {id: {articleBody, url}}}, in file order.
 * Example: {@code ExtractionGroundTruth.read(Path.of("ground-truth.json")).get(0).body()}.
 */
public final class ExtractionGroundTruth {
    private ExtractionGroundTruth() {}

    /** @throws InputException naming the file when it is missing, not JSON, or an entry lacks articleBody */
    public static List<GoldArticle> read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new InputException(file.toString(), "no such ground-truth file");
        } catch (JsonProcessingException e) {
            throw new InputException(file.toString(), "not valid JSON at line "
                    + e.getLocation().getLineNr() + "; expected {id: {articleBody, url}}");
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InputException(file.toString(), "expected a JSON object {id: {articleBody, url}}");
        }
        List<GoldArticle> gold = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            JsonNode body = entry.getValue().get("articleBody");
            if (body == null || !body.isTextual()) {
                throw new InputException(file.toString(), "entry '" + entry.getKey() + "' has no articleBody text");
            }
            JsonNode url = entry.getValue().get("url");
            gold.add(new GoldArticle(entry.getKey(), body.asText(), url == null || url.isNull() ? null : url.asText()));
        }
        return List.copyOf(gold);
    }
}
