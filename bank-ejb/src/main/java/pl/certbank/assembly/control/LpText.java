package pl.certbank.assembly.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import pl.certbank.assembly.control.AssemblyModel.Row;
import pl.certbank.assembly.control.AssemblyModel.Term;
import pl.certbank.assembly.control.AssemblyModel.Variable;

/**
 * An {@link AssemblyModel} in CPLEX LP format, as Debian's {@code cbc} (CoinLpIO) reads it. Names keep only the
 * characters every LP reader accepts, start with a letter, stay under 255 characters and stay unique; long rows wrap,
 * since some readers limit the line length.
 */
final class LpText {

    private static final int TERMS_PER_LINE = 8;
    private static final int MAX_NAME = 255;

    private final AssemblyModel model;
    private final String[] names;
    private final StringBuilder out = new StringBuilder();

    LpText(AssemblyModel model) {
        this.model = model;
        Set<String> used = new HashSet<>();
        List<Variable> variables = model.variables();
        names = new String[variables.size()];
        for (int v = 0; v < names.length; v++) {
            names[v] = unique(variables.get(v).name(), v, used);
        }
    }

    String text() {
        out.append("\\ CertBank assembly: ").append(model.demand().forms()).append(" forms of ")
                .append(model.demand().length()).append(" items from ").append(model.pool().size()).append('\n');
        out.append("Maximize\n obj:");
        terms(model.objective());
        out.append("\nSubject To\n");
        Set<String> used = new HashSet<>(Set.of("obj"));
        List<Row> rows = model.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            out.append(' ').append(unique(row.name(), r, used)).append(':');
            // An empty row (a locked-in item missing from the pool) still has to be written, as 0 times a variable.
            terms(row.terms().isEmpty() ? List.of(new Term(0, 0)) : row.terms());
            out.append(switch (row.sense()) {
                case LE -> " <= ";
                case GE -> " >= ";
                case EQ -> " = ";
            }).append(row.rhs()).append('\n');
        }
        out.append("Bounds\n");
        List<Variable> variables = model.variables();
        for (int v = 0; v < names.length; v++) {
            if (!binary(variables.get(v))) {
                out.append(' ').append(variables.get(v).lower()).append(" <= ").append(names[v]).append(" <= ")
                        .append(variables.get(v).upper()).append('\n');
            }
        }
        section("Binaries", true);
        section("General", false);
        out.append("End\n");
        return out.toString();
    }

    private void section(String title, boolean binaries) {
        out.append(title).append('\n');
        int onLine = 0;
        for (int v = 0; v < names.length; v++) {
            if (binary(model.variables().get(v)) == binaries) {
                out.append(' ').append(names[v]);
                if (++onLine % TERMS_PER_LINE == 0) {
                    out.append('\n');
                }
            }
        }
        if (onLine % TERMS_PER_LINE != 0) {
            out.append('\n');
        }
    }

    private void terms(List<Term> terms) {
        for (int t = 0; t < terms.size(); t++) {
            if (t > 0 && t % TERMS_PER_LINE == 0) {
                out.append("\n   ");
            }
            Term term = terms.get(t);
            out.append(term.coefficient() < 0 ? " - " : " + ").append(Math.abs(term.coefficient())).append(' ')
                    .append(names[term.variable()]);
        }
    }

    private static boolean binary(Variable v) {
        return v.lower() == 0 && v.upper() == 1;
    }

    static String legal(String name) {
        String legal = name.replaceAll("[^A-Za-z0-9_.]", "_");
        return Character.isLetter(legal.isEmpty() ? '0' : legal.charAt(0)) ? legal : "n_" + legal;
    }

    private static String unique(String name, int index, Set<String> used) {
        String legal = legal(name);
        if (legal.length() > MAX_NAME) {
            legal = legal.substring(0, MAX_NAME);
        }
        if (!used.add(legal)) {
            String suffix = "_" + index;
            legal = legal.substring(0, Math.min(legal.length(), MAX_NAME - suffix.length())) + suffix;
            used.add(legal);
        }
        return legal;
    }
}
