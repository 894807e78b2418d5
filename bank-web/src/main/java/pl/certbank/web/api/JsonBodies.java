package pl.certbank.web.api;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import pl.certbank.input.InputRefusal;
import pl.certbank.refusals.Refusal;

/**
 * Every JSON body the API reads: at most {@link BodyLimit} bytes (413 beyond, whether the length is declared or the
 * body is chunked), strict UTF-8 without a byte-order mark, well-formed JSON nested at most {@link #MAX_DEPTH} deep
 * without duplicate keys; anything else is a 400 naming where it broke. Resources then read the value with
 * {@link pl.certbank.input.JsonInput}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodies implements MessageBodyReader<JsonValue> {

    public static final int DEFAULT_LIMIT = 256 * 1024;
    static final int MAX_DEPTH = 32;
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of(
            "org.eclipse.parsson.maxDepth", MAX_DEPTH, "org.eclipse.parsson.rejectDuplicateKeys", true,
            "org.eclipse.parsson.maxBigDecimalLength", 400));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public JsonValue readFrom(Class<JsonValue> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        int limit = limit(annotations);
        String declared = headers.getFirst("Content-Length");
        if (declared != null && declared.strip().matches("\\d{1,18}") && Long.parseLong(declared.strip()) > limit) {
            throw Refusal.of(InputRefusal.TOO_LARGE, limit);
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(limit + 1);
        } catch (IOException e) {
            throw Refusal.of(InputRefusal.MALFORMED, "the body broke off (" + e.getMessage() + ")");
        }
        if (bytes.length > limit) {
            throw Refusal.of(InputRefusal.TOO_LARGE, limit);
        }
        return parse(bytes);
    }

    static JsonValue parse(byte[] bytes) {
        if (bytes.length == 0) {
            return JsonValue.NULL; // no body: a resource that needs one says so (an object is expected)
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            throw Refusal.of(InputRefusal.MALFORMED, "the body starts with a byte-order mark; send plain UTF-8");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw Refusal.of(InputRefusal.MALFORMED, "the body is not UTF-8");
        }
        try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            if (!parser.hasNext()) {
                throw Refusal.of(InputRefusal.MALFORMED, "the body holds no value");
            }
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                throw Refusal.of(InputRefusal.MALFORMED, "more follows the value");
            }
            return value;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw Refusal.of(InputRefusal.MALFORMED, (at == null ? "" : "at line " + at.getLineNumber() + ", column "
                    + at.getColumnNumber() + ": ") + e.getMessage());
        } catch (Refusal e) {
            throw e;
        } catch (RuntimeException e) {
            // Parsson says "too deeply nested" and the like with plain runtime exceptions.
            throw Refusal.of(InputRefusal.MALFORMED, String.valueOf(e.getMessage()));
        }
    }

    private static int limit(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof BodyLimit limit) {
                return limit.value();
            }
        }
        return DEFAULT_LIMIT;
    }
}
