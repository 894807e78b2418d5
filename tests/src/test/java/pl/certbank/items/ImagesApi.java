package pl.certbank.items;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import pl.certbank.support.BankApi;

/** Raw image uploads and downloads, as a script or the editor sends them: bytes in, bytes out. */
final class ImagesApi {

    /** A 1×1 PNG, as an image editor writes it. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ImagesApi() {
    }

    /** POST /api/v1/images with the bytes as the body (with a Content-Length); role null means anonymous. */
    static HttpResponse<String> upload(String role, String contentType, byte[] body) {
        return send(request("/api/v1/images", role).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** The same, sent chunked: the server cannot know the size before it reads. */
    static HttpResponse<String> uploadChunked(String role, String contentType, byte[] body) {
        return send(request("/api/v1/images", role).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))));
    }

    /** POST as multipart/form-data with the image in the field {@code file}, as an HTML form sends it. */
    static HttpResponse<String> uploadForm(String role, String fileName, String contentType, byte[] content) {
        String boundary = "----certbank" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send(request("/api/v1/images", role).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** GET of an image's bytes, with extra headers in name/value pairs. */
    static HttpResponse<byte[]> download(String role, String path, String... headers) {
        HttpRequest.Builder request = request(path, role).GET();
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder request(String path, String role) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BankApi.baseUrl() + path));
        if (role != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((role + ":" + role).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
