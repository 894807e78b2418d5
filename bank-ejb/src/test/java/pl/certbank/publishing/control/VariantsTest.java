package pl.certbank.publishing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.TrueFalse;

class VariantsTest {

    /** A form of {@code n} items, each a single choice with four options o1..o4. */
    private static List<List<List<String>>> form(int n) {
        Choice choice = new Choice(false, List.of(new Choice.Option("a", true), new Choice.Option("b", false),
                new Choice.Option("c", false), new Choice.Option("d", false)));
        List<List<List<String>>> form = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            form.add(choice.candidateView().arrangeable());
        }
        return form;
    }

    @Test
    void theSameSeedGivesTheSameVariantAndEveryVariantIsAPermutation() {
        Variant a = Variants.of("A", 20_261_202L, form(30));
        assertEquals(a, Variants.of("A", 20_261_202L, form(30)));
        assertEquals(IntStream.range(0, 30).boxed().toList(), a.items().stream().sorted().toList());
        a.arrangements().forEach(groups -> assertEquals(List.of("o1", "o2", "o3", "o4"),
                groups.get(0).stream().sorted().toList()));
        Variant b = Variants.of("B", 20_261_203L, form(30));
        assertNotEquals(a.items(), b.items());
    }

    @Test
    void theArrangementOfASeedNeverChanges() {
        // A published variant is replayed from its seed for an appeal, years later: this pins the generator and the
        // shuffle. If this test fails, stored variants would replay differently; do not update the expectation. It was
        // computed outside Java, from the generator's definition in java.util.Random's Javadoc and the Fisher-Yates
        // loop of Variants.
        Variant v = Variants.of("A", 42L, form(5));
        assertEquals(List.of(1, 2, 3, 4, 0), v.items());
        assertEquals(List.of("o3", "o1", "o4", "o2"), v.arrangements().get(0).get(0));
    }

    @Test
    void eachTypeSaysWhatItsVariantsMayReorder() {
        assertEquals(List.of(), new TrueFalse(true).candidateView().arrangeable());
        Matching matching = new Matching(List.of(new Matching.Pair("CRM", "system"), new Matching.Pair("lead",
                "kontakt")), List.of("faktura"));
        assertEquals(2, matching.candidateView().arrangeable().size(), "premises and responses, each on its own");
        assertEquals(3, matching.candidateView().arrangeable().get(1).size());
    }

    @Test
    void lettersFollowTheVariantsOrder() {
        Variant v = Variants.of("A", 42L, form(5));
        List<String> shown = v.arrangements().get(2).get(0);
        assertEquals("A", v.letter(2, shown.get(0)));
        assertEquals("D", v.letter(2, shown.get(3)));
        assertNull(v.letter(2, "o9"));
    }

    @Test
    void namesRunFromAToZThenAA() {
        assertEquals(List.of("A", "B", "Z", "AA", "AB", "ZZ", "AAA"),
                IntStream.of(0, 1, 25, 26, 27, 701, 702).mapToObj(Variants::name).toList());
    }
}
