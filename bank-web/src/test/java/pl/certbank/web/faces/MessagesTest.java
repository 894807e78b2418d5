package pl.certbank.web.faces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import pl.certbank.items.control.QualityWarning;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Reason;
import pl.certbank.refusals.Rule;

/**
 * Every message a page can show exists in Polish and in English, so no user meets a bare key. English lives in the
 * base file (messages.properties), which is also what any other language falls back to; messages_en.properties holds no
 * keys and only stops the JVM's default locale from taking over for English; Polish lives in messages_pl.properties.
 * The files are compared as written, not as bundles that inherit keys from each other.
 */
class MessagesTest {

    private static final String DIRECTORY = "/pl/certbank/web/i18n/";
    private static final Map<String, String> ENGLISH = raw("messages.properties");
    private static final Map<String, String> POLISH = raw("messages_pl.properties");

    /** The keys of one file as written; a key written twice is a mistake Properties would hide. */
    static Map<String, String> raw(String file) {
        List<String> keys = new ArrayList<>();
        Properties properties = new Properties() {
            @Override
            public synchronized Object put(Object key, Object value) {
                keys.add((String) key);
                return super.put(key, value);
            }
        };
        try (InputStream in = MessagesTest.class.getResourceAsStream(DIRECTORY + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> seen = new TreeSet<>();
        keys.forEach(key -> assertTrue(seen.add(key), file + " has " + key + " twice"));
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }

    @Test
    void polishAndEnglishFilesHaveTheSameKeysAndNoEmptyText() {
        Set<String> onlyEnglish = new TreeSet<>(ENGLISH.keySet());
        onlyEnglish.removeAll(POLISH.keySet());
        Set<String> onlyPolish = new TreeSet<>(POLISH.keySet());
        onlyPolish.removeAll(ENGLISH.keySet());
        assertEquals(Set.of(), onlyEnglish, "keys in messages.properties (English) only");
        assertEquals(Set.of(), onlyPolish, "keys in messages_pl.properties only");
        ENGLISH.forEach((key, text) -> assertTrue(!text.isBlank(), "English " + key + " is empty"));
        POLISH.forEach((key, text) -> assertTrue(!text.isBlank(), "Polish " + key + " is empty"));
    }

    @Test
    void theEnglishFileOfItsOwnHoldsNoKeys() {
        assertEquals(Map.of(), raw("messages_en.properties"), "English texts belong in messages.properties");
    }

    @Test
    void everyRefusalAndRuleTheDomainDeclaresHasItsTextInBothLanguages() {
        List<Enum<?>> constants = domainEnums(Reason.class, Rule.class);
        assertTrue(constants.size() > 40, "found " + constants.size() + " reasons and rules");
        for (Enum<?> constant : constants) {
            String key = constant instanceof Reason reason ? reason.key() : ((Rule) constant).key();
            for (Map<String, String> language : List.of(ENGLISH, POLISH)) {
                assertTrue(language.containsKey(key), key + " has no text");
                new MessageFormat(language.get(key), Locale.ROOT).format(new Object[] {"x", 2, 3, 4});
            }
        }
    }

    @Test
    void everyQualityCheckItemTypeAndStatusHasALabel() {
        List<String> keys = new ArrayList<>();
        Stream.of(QualityWarning.Check.values()).forEach(c -> keys.add("QualityCheck." + c));
        Stream.of(ItemType.values()).forEach(t -> keys.add("ItemType." + t));
        Stream.of(ItemStatus.values()).forEach(s -> keys.add("ItemStatus." + s));
        keys.forEach(key -> assertTrue(POLISH.containsKey(key) && ENGLISH.containsKey(key), key));
    }

    @Test
    void everyFieldAStructuralRuleNamesHasALabel() {
        List<ItemContent> flawed = new ArrayList<>();
        flawed.add(new ItemContent("", null, null, Set.of(), null, 2.0, null, List.of(), null, "pl"));
        Stream.of(Choice.single(List.of(new Choice.Option(" ", false))), new TrueFalse(null),
                new Matching(List.of(new Matching.Pair("a", "")), List.of()), new Ordering(List.of("a", "a")),
                new ShortAnswer(List.of("abc", "abc"), true, java.math.BigDecimal.valueOf(-1)))
                .forEach(answer -> flawed.add(new ItemContent("", answer, null, Set.of(), null, 2.0, null,
                        List.of(), null, "pl")));
        Set<String> fields = new TreeSet<>();
        flawed.forEach(item -> item.violations().forEach(e -> fields.add(e.fieldName())));
        assertTrue(fields.size() >= 9, fields.toString());
        for (String field : fields) {
            assertTrue(POLISH.containsKey("FieldError.field." + field), field);
            assertTrue(ENGLISH.containsKey("FieldError.field." + field), field);
        }
    }

    @Test
    void polishRuleTextsNameTheValues() {
        FieldError error = new ItemContent("<p>Pytanie?</p>", Choice.single(List.of(new Choice.Option("tak", true),
                new Choice.Option("nie", true))), null, Set.of("Z1.1.1"), null, null, null, List.of(), null, "pl")
                .violations().stream().filter(e -> e.rule() == Choice.Rule.EXACTLY_ONE_KEY).findFirst().orElseThrow();
        String text = new MessageFormat(POLISH.get(error.rule().key()), Locale.forLanguageTag("pl"))
                .format(error.values().toArray());
        assertEquals("oznacz dokładnie jedną odpowiedź jako poprawną (teraz 2)", text);
    }

    /** The enum constants of bank-ejb that implement any of {@code types}, found by reading its classes. */
    static List<Enum<?>> domainEnums(Class<?>... types) {
        Path root;
        try {
            root = Paths.get(Reason.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Enum<?>> constants = new ArrayList<>();
        try (var jar = Files.isDirectory(root) ? null : java.nio.file.FileSystems.newFileSystem(root);
                Stream<Path> files = Files.walk(jar == null ? root : jar.getPath("/"))) {
            Path base = jar == null ? root : jar.getPath("/");
            files.map(f -> base.relativize(f).toString()).filter(n -> n.endsWith(".class") && n.startsWith("pl"))
                    .map(n -> n.substring(0, n.length() - 6).replace('/', '.')).forEach(name -> {
                        Class<?> type = load(name);
                        if (type.isEnum() && Stream.of(types).anyMatch(t -> t.isAssignableFrom(type))) {
                            Stream.of(type.getEnumConstants()).forEach(c -> constants.add((Enum<?>) c));
                        }
                    });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return constants;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, MessagesTest.class.getClassLoader());
        } catch (ClassNotFoundException | NoClassDefFoundError e) {
            return Object.class;
        }
    }
}
