package org.innovatorpassport.it.assurance;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A multipart/form-data body built by hand: text fields and files, with a random boundary. */
final class Multipart {
    private final String boundary = "----passport-it-" + UUID.randomUUID().toString().replace("-", "");
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();
    private boolean finished;

    /** Adds a text field; a null value leaves the field out. */
    Multipart field(String name, String value) {
        if (value == null) {
            return this;
        }
        start();
        ascii("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
        ascii("Content-Type: text/plain; charset=UTF-8\r\n\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        ascii("\r\n");
        return this;
    }

    Multipart file(String name, String fileName, String contentType, byte[] content) {
        start();
        ascii("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName + "\"\r\n");
        ascii("Content-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        ascii("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        if (!finished) {
            ascii("--" + boundary + "--\r\n");
            finished = true;
        }
        return body.toByteArray();
    }

    private void start() {
        if (finished) {
            throw new IllegalStateException("the body is already finished");
        }
        ascii("--" + boundary + "\r\n");
    }

    private void ascii(String text) {
        body.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
    }
}
