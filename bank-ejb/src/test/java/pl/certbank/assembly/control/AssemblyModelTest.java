package pl.certbank.assembly.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static pl.certbank.assembly.control.TinyBank.demand;
import static pl.certbank.assembly.control.TinyBank.item;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pl.certbank.assembly.control.AssemblyModel.Row;

class AssemblyModelTest {

    private static final Path CBC = Path.of("/usr/bin/cbc");

    /** Eight items, two forms of three: an enemy pair, a family, a bounded criterion and type, little overlap. */
    static List<Candidate> pool() {
        return List.of(item(1, "Z1.1.1", "MCQ", 500, Set.of(2L), null), item(2, "Z1.1.2", "MCQ", 550),
                item(3, "Z1.1.1", "ESSAY", 450, Set.of(), "F"), item(4, "Z1.1.2", "MCQ", 600, Set.of(), "F"),
                item(5, "Z1.1.3", "MCQ", 520), item(6, "Z1.1.3", "MCQ", 300), item(7, "Z1.1.1", "MCQ", 700),
                item(8, "Z1.2.1", "ESSAY", 480));
    }

    static Demand demandOfTwo() {
        return demand(2, 3).bound(Cell.criterion("Z1.1.1"), 1, 1).bound(Cell.type("ESSAY"), 0, 1)
                .band(400, 520, 650).shared(1).uses(2).out(6L).build();
    }

    private static List<String> groups(AssemblyModel m) {
        return m.rows().stream().map(Row::group).distinct().toList();
    }

    @Test
    void everyRuleHasRowsNamedForIt() {
        AssemblyModel m = AssemblyModel.build(demandOfTwo(), pool());
        assertEquals(List.of("length 3", "criterion Z1.1.1 at least 1 per form",
                "criterion Z1.1.1 at most 1 per form", "type ESSAY at most 1 per form", "facility band form 1",
                "facility band form 2",
                "enemies REF-1/REF-2", "family F", "overlap forms 1 and 2", "locked out REF-6",
                AssemblyModel.OBJECTIVE, AssemblyModel.SYMMETRY), groups(m));
        assertEquals(List.of("length 3", "criterion Z1.1.1 at least 1 per form",
                "criterion Z1.1.1 at most 1 per form", "type ESSAY at most 1 per form", "facility band form 1",
                "facility band form 2",
                "enemies REF-1/REF-2", "family F", "overlap forms 1 and 2", "locked out REF-6"), m.groups());
        Row length = m.rows().get(0);
        assertEquals(8, length.terms().size());
        assertEquals(AssemblyModel.Sense.EQ, length.sense());
        assertEquals(3, length.rhs());
    }

    @Test
    void overlapRowsOnlyWhereTheyCanBind() {
        assertTrue(
                groups(AssemblyModel.build(demand(2, 3).shared(2).build(), pool())).contains("overlap forms 1 and 2"));
        assertFalse(
                groups(AssemblyModel.build(demand(2, 3).shared(3).build(), pool())).contains("overlap forms 1 and 2"));
        assertFalse(groups(AssemblyModel.build(demand(2, 3).shared(0).uses(1).build(), pool()))
                .contains("overlap forms 1 and 2"));
        assertTrue(groups(AssemblyModel.build(demand(3, 3).uses(2).build(), pool())).contains("uses of REF-1"));
    }

    @Test
    void formsAreOrderedByFacilityUnlessOneHoldsLockedItems() {
        assertTrue(groups(AssemblyModel.build(demand(2, 3).build(), pool())).contains(AssemblyModel.SYMMETRY));
        List<String> locked = groups(AssemblyModel.build(demand(2, 3).in(1, 3L).build(), pool()));
        assertFalse(locked.contains(AssemblyModel.SYMMETRY));
        assertTrue(locked.contains("locked in REF-3 on form 2"));
    }

    @Test
    void lpTextStatesTheSameRows() {
        String lp = AssemblyModel.build(demandOfTwo(), pool()).lp();
        assertTrue(lp.startsWith("\\ CertBank"));
        for (String section : List.of("\nMaximize\n", "\nSubject To\n", "\nBounds\n", "\nBinaries\n", "\nGeneral\n",
                "\nEnd\n")) {
            assertTrue(lp.contains(section), section);
        }
        assertTrue(lp.contains(" obj: + 1000 coverage - 1 dev_1 - 1 dev_2\n"), lp);
        assertTrue(lp.contains(" enemies_1_2_f1: + 1 x_1_1 + 1 x_2_1 <= 1\n"), lp);
        assertTrue(lp.contains(" out_6: + 1 x_6_1 + 1 x_6_2 = 0\n"), lp);
        assertTrue(lp.contains(" max_criterion_Z1.1.1_f2:"), lp);
        assertTrue(lp.contains(" 0 <= coverage <= 4\n"), lp);
    }

    @Test
    void lpNamesAreLegal() {
        assertEquals("criterion_Z1_3_2_x", LpText.legal("criterion Z1/3-2 x"));
        assertEquals("n_1abc", LpText.legal("1abc"));
        List<Candidate> odd = new ArrayList<>(pool());
        odd.add(new Candidate(9, 90, "REF 9", Set.of(Cell.criterion("Ä 1/2"), Cell.type("MCQ")), 500, Set.of(),
                "family with spaces"));
        String lp = AssemblyModel.build(demand(1, 3).bound(Cell.criterion("Ä 1/2"), 1, 1).build(), odd).lp();
        assertTrue(lp.contains(" min_criterion___1_2_f1:"), lp);
        assertTrue(lp.lines().allMatch(line -> line.length() < 560 && line.chars().allMatch(c -> c < 128)));
    }

    @Test
    void cbcFindsTheSameOptimumAsCpSat(@TempDir Path dir) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(CBC), "coinor-cbc is not installed");
        Demand d = demandOfTwo();
        AssemblyModel m = AssemblyModel.build(d, pool());
        Path lp = Files.writeString(dir.resolve("model.lp"), m.lp());
        Path out = dir.resolve("out.txt");
        Process cbc = new ProcessBuilder(CBC.toString(), lp.toString(), "sec", "30", "solve", "solu", out.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("cbc.log").toFile()).start();
        assertTrue(cbc.waitFor(60, TimeUnit.SECONDS), "cbc took too long");
        List<String> solution = Files.readAllLines(out);
        assertTrue(solution.get(0).startsWith("Optimal"), solution.get(0));

        List<List<Long>> forms = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>()));
        for (String line : solution.subList(1, solution.size())) {
            String[] parts = line.trim().split("\\s+");
            if (parts[1].startsWith("x_") && Double.parseDouble(parts[2]) > 0.5) {
                String[] name = parts[1].split("_");
                forms.get(Integer.parseInt(name[2]) - 1).add(Long.parseLong(name[1]));
            }
        }
        forms.forEach(form -> form.sort(null));
        Solution cpSat = new CpSatAssembly().solve(m, Duration.ofSeconds(20), 2, null);
        assertEquals(Solution.Status.OPTIMAL, cpSat.status());
        assertEquals(List.of(), FormsCheck.violations(d, pool(), forms));
        assertEquals(cpSat.objective(), Objective.of(d, pool(), forms));
        double cbcObjective = Double.parseDouble(solution.get(0).replaceAll(".*objective value\\s+", ""));
        // cbc solves the negation internally but writes the objective in the file's own (maximising) sense.
        assertEquals(cpSat.objective(), Math.round(cbcObjective), "cbc said " + solution.get(0));
    }
}
