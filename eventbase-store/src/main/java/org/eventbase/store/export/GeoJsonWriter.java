package org.eventbase.store.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import org.eventbase.json.DocumentJson;
import org.eventbase.store.StoredEvent;

/**
 * Writes an RFC 7946 GeoJSON FeatureCollection, streamed: one Point feature per event with coordinates
 * ({@code [longitude, latitude]}, WGS84, no {@code crs} member), its id the event id and its properties the flat
 * fields of {@link ReviewedEvent} but the coordinates. Events without coordinates are left out and counted. Example
 * feature: {@code {"type":"Feature","id":"5d0c…-ev1","geometry":{"type":"Point","coordinates":[-71.62725,
 * -33.03932]},"properties":{"event_type":"PROTEST",…}}}.
 */
public final class GeoJsonWriter implements EventWriter {
    private static final ObjectMapper JSON = DocumentJson.mapper();

    private final JsonGenerator json;
    private long written;
    private long unlocated;

    public GeoJsonWriter(Writer out) throws IOException {
        this.json = JSON.getFactory().createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.writeStartObject();
        json.writeStringField("type", "FeatureCollection");
        json.writeArrayFieldStart("features");
    }

    @Override
    public void write(StoredEvent stored, ReviewedEvent flat) throws IOException {
        if (!flat.located()) {
            unlocated++;
            return;
        }
        json.writeRaw('\n');
        json.writeStartObject();
        json.writeStringField("type", "Feature");
        json.writeStringField("id", flat.id());
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeArrayFieldStart("coordinates");
        json.writeNumber(flat.lon());
        json.writeNumber(flat.lat());
        json.writeEndArray();
        json.writeEndObject();
        ObjectNode properties = JSON.valueToTree(flat);
        properties.remove("lat");
        properties.remove("lon");
        json.writeFieldName("properties");
        JSON.writeTree(json, properties);
        json.writeEndObject();
        written++;
    }

    @Override
    public ExportSummary finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
        return new ExportSummary(written, unlocated, unlocated == 0 ? null : "without coordinates");
    }
}
