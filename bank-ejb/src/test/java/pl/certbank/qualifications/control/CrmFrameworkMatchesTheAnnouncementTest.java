package pl.certbank.qualifications.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Checks crm-prk4.json criterion by criterion against the announcement (M.P. 2021 poz. 421, a copy in test resources):
 * every set, outcome and criterion text must appear there verbatim and in the same order.
 */
class CrmFrameworkMatchesTheAnnouncementTest {

    @Test
    void everyTextIsVerbatimAndInOrder() throws IOException {
        String announcement = normalise(resource("seed/crm-qualification-MP-2021-poz-421.md"));
        QualificationDefinition crm;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("qualifications/crm-prk4.json")) {
            crm = QualificationFileReader.read("crm-prk4.json", in);
        }
        assertTrue(announcement.contains(crm.name()));
        List<String> texts = new ArrayList<>();
        for (var set : crm.sets()) {
            texts.add("Zestaw " + set.code().substring(1) + ". " + set.title());
            for (var outcome : set.outcomes()) {
                texts.add(outcome.title());
                outcome.criteria().forEach(c -> texts.add(c.text()));
            }
        }
        int position = announcement.indexOf("5. Efekty uczenia się");
        for (String text : texts) {
            int found = announcement.indexOf(normalise(text), position);
            assertTrue(found > position, "not found verbatim after the previous entry: " + text);
            position = found;
        }
        assertEquals(2 + 8 + 39, texts.size());
    }

    @Test
    void criteriaCountsPerOutcomeMatchTheAnnouncementLists() throws IOException {
        String announcement = resource("seed/crm-qualification-MP-2021-poz-421.md");
        // Each criterion in the announcement starts with a dash after a list marker or a comma.
        Matcher dashes = Pattern.compile("(?:none\">|,)\\s*[-–]\\s").matcher(
                announcement.substring(announcement.indexOf("Zestaw 1."), announcement.indexOf("6. Wymagania")));
        int count = 0;
        while (dashes.find()) {
            count++;
        }
        assertEquals(39, count);
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
