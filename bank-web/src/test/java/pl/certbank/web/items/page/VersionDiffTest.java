package pl.certbank.web.items.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.answers.Choice;

class VersionDiffTest {

    private static ItemContent item(String stem, boolean firstIsKey) {
        return new ItemContent("<p>" + stem + "</p>", Choice.single(List.of(new Choice.Option("A", firstIsKey),
                new Choice.Option("B", !firstIsKey))), null, Set.of("Z1.3.2"), null, null, null, null, null, "pl");
    }

    @Test
    void marksTheStemAndTheMovedKeyAsChanged() {
        Map<String, VersionDiff.Row> rows = VersionDiff.rows(item("Old stem", true), item("New stem", false),
                key -> key).stream().collect(Collectors.toMap(VersionDiff.Row::field, Function.identity()));
        assertTrue(rows.get("stem").changed());
        assertEquals("Old stem", rows.get("stem").left());
        assertEquals("✔ A", rows.get("option-1").left());
        assertEquals("A", rows.get("option-1").right());
        assertTrue(rows.get("option-2").changed());
        assertFalse(rows.get("criteria").changed());
        assertFalse(rows.containsKey("rationale"), "fields empty on both sides are left out");
    }
}
