package org.innovatorpassport.templates.internal;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Reads the JSON files under {@code templates/} from the classpath this module was loaded from. */
final class TemplateResources {

    static final String FOLDER = "templates/";

    private final ClassLoader classLoader;

    TemplateResources(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    JsonStructure read(String fileName) {
        String path = FOLDER + fileName;
        try (InputStream in = classLoader.getResourceAsStream(path)) {
            if (in == null) {
                throw new InvalidTemplateFile(path + " is not on the classpath");
            }
            try (JsonReader reader = Json.createReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.read();
            }
        } catch (IOException | JsonException e) {
            throw new InvalidTemplateFile(path + " cannot be read: " + e.getMessage(), e);
        }
    }

    JsonObject readObject(String fileName) {
        if (!(read(fileName) instanceof JsonObject object)) {
            throw new InvalidTemplateFile(FOLDER + fileName + ": a JSON object is expected");
        }
        return object;
    }
}
