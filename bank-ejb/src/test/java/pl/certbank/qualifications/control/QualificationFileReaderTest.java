package pl.certbank.qualifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QualificationFileReaderTest {

    private static final String VALID = """
            {
              "code": "X-1", "name": "Test qualification", "prkLevel": 4,
              "sets": [
                {"code": "Z1", "title": "Set one", "outcomes": [
                  {"code": "Z1.1", "title": "Outcome", "criteria": [
                    {"code": "Z1.1.1", "text": "wymienia zasady"},
                    {"code": "Z1.1.2", "text": "omawia metody"}
                  ]}
                ]}
              ]
            }
            """;

    @Test
    void readsAValidFile() {
        QualificationDefinition definition = read(VALID);
        assertEquals("X-1", definition.code());
        assertEquals(4, definition.prkLevel());
        assertEquals(2, definition.criteriaCount());
        assertEquals("omawia metody", definition.sets().get(0).outcomes().get(0).criteria().get(1).text());
    }

    @Test
    void readsTheBundledCrmQualification() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("qualifications/crm-prk4.json")) {
            QualificationDefinition crm = QualificationFileReader.read("crm-prk4.json", in);
            assertEquals(2, crm.sets().size());
            assertEquals(8, crm.sets().stream().mapToInt(s -> s.outcomes().size()).sum());
            assertEquals(39, crm.criteriaCount());
            assertEquals("Certyfikat", crm.documentName());
            assertEquals(Integer.valueOf(5), crm.certificateValidityYears());
        }
    }

    @Test
    void syntaxErrorNamesTheLine() {
        String broken = VALID.replace("\"title\": \"Outcome\",", "\"title\": \"Outcome\"");
        var error = assertThrows(QualificationFileException.class, () -> read(broken));
        assertTrue(error.getMessage().startsWith("test.json: line 5,"), error.getMessage());
    }

    @Test
    void missingTextNamesTheField() {
        String broken = VALID.replace("\"text\": \"omawia metody\"", "\"text\": \"  \"");
        var error = assertThrows(QualificationFileException.class, () -> read(broken));
        assertEquals("test.json: $.sets[0].outcomes[0].criteria[1].text is required and must be non-empty text",
                error.getMessage());
    }

    @Test
    void emptyListIsRefused() {
        String broken = VALID.replaceAll("(?s)\"criteria\": \\[.*?\\]", "\"criteria\": []");
        var error = assertThrows(QualificationFileException.class, () -> read(broken));
        assertEquals("test.json: $.sets[0].outcomes[0].criteria must be a non-empty list", error.getMessage());
    }

    @Test
    void codeMustExtendItsParent() {
        String broken = VALID.replace("\"Z1.1.2\"", "\"Z2.1.2\"");
        var error = assertThrows(QualificationFileException.class, () -> read(broken));
        assertTrue(error.getMessage().contains("criteria[1].code 'Z2.1.2' must start with its parent's code 'Z1.1.'"),
                error.getMessage());
    }

    @Test
    void duplicateCodeIsRefused() {
        String broken = VALID.replace("\"Z1.1.2\"", "\"Z1.1.1\"");
        var error = assertThrows(QualificationFileException.class, () -> read(broken));
        assertTrue(error.getMessage().contains("'Z1.1.1' is used twice"), error.getMessage());
    }

    @Test
    void wrongTypeIsNamed() {
        String broken = VALID.replace("\"prkLevel\": 4", "\"prkLevel\": \"four\"");
        var error = assertThrows(QualificationFileException.class, () -> read(broken));
        assertEquals("test.json: $.prkLevel must be a whole number", error.getMessage());
    }

    @Test
    void prkLevelOutsideTheFrameworkIsRefused() {
        var error = assertThrows(QualificationFileException.class,
                () -> read(VALID.replace("\"prkLevel\": 4", "\"prkLevel\": 9")));
        assertTrue(error.getMessage().contains("$.prkLevel must be a PRK level from 1 to 8"), error.getMessage());
    }

    private static QualificationDefinition read(String json) {
        return QualificationFileReader.read("test.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
