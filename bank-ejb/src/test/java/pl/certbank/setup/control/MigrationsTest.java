package pl.certbank.setup.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Released migrations are never edited: every installation's database already ran them, and Flyway would refuse to
 * start on a changed one. The list in db/released-migrations.txt is their name and SHA-256 as they shipped.
 */
class MigrationsTest {

    @Test
    void everyMigrationIsListedWithTheChecksumItShippedWith() {
        assertEquals(released(), shipped(), "a released migration was edited, or a new one is not listed yet: "
                + "write a new migration instead of changing one, and list it in db/released-migrations.txt");
    }

    static Map<String, String> shipped() {
        Map<String, String> checksums = new TreeMap<>();
        try (Stream<Path> files = Files.list(migrations())) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(f -> checksums.put(f.getFileName().toString(),
                    sha256(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checksums;
    }

    static Map<String, String> released() {
        Map<String, String> checksums = new TreeMap<>();
        try (InputStream in = MigrationsTest.class.getResourceAsStream("/db/released-migrations.txt")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .forEach(line -> checksums.put(line.split("\\s+")[0], line.split("\\s+")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return checksums;
    }

    private static Path migrations() {
        try {
            return Paths.get(SchemaMigration.class.getResource("/db/migration").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
