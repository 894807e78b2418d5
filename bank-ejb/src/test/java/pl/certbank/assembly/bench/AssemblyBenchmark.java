package pl.certbank.assembly.bench;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import pl.certbank.assembly.control.AssemblyModel;
import pl.certbank.assembly.control.AssemblyModel.Row;
import pl.certbank.assembly.control.AssemblyModel.Term;
import pl.certbank.assembly.control.Candidate;
import pl.certbank.assembly.control.Cell;
import pl.certbank.assembly.control.CpSatAssembly;
import pl.certbank.assembly.control.Demand;
import pl.certbank.assembly.control.Feasibility;
import pl.certbank.assembly.control.FormsCheck;
import pl.certbank.assembly.control.Objective;
import pl.certbank.assembly.control.Pool;
import pl.certbank.assembly.control.Solution;

/**
 * The assembly benchmark of the issue: generated banks ({@link GeneratedBank}) of 2,000 / 10,000 / 100,000 items, 2×40,
 * 4×30 and 10×60 forms, solved with {@link CpSatAssembly} and, side by side, with Debian's {@code cbc} on the exported
 * LP. Not a test: run through {@code bank-ejb/src/test/bench/assembly-benchmark.sh}, see {@code docs/benchmarks.md}.
 * <p>
 * Options: {@code --instances 2000:2x40,10000:4x30,...} (default: all nine), {@code --seconds 30} (our budget),
 * {@code --workers 2}, {@code --cbc-seconds 300} (0 = no CBC), {@code --cbc-parallel 1} (CBC runs after all our
 * solves, this many at a time, so they never compete with a CP-SAT run), {@code --prefilter-above 50000} (banks larger
 * than this go through {@link Pool#prefilter}), {@code --per-cell 20}, {@code --full-lp-seconds 120} (GLOP on the
 * LP relaxation of the full, unfiltered model; 0 = skip), {@code --out target/assembly-bench}, {@code --profile true} (after each solve, the
 * same model once more with CP-SAT's search log, to {@code <instance>.cpsat.log}).
 */
public final class AssemblyBenchmark {

    private static final long MIB = 1024 * 1024;

    private final Map<String, String> options;
    private final Path out;
    private final GeneratedBank.Framework fw = GeneratedBank.crm();

    private AssemblyBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.getOrDefault("out", "target/assembly-bench"));
    }

    /** What one instance gave. */
    static final class Result {
        int bank;
        int forms;
        int length;
        Demand demand;
        List<Candidate> pool;
        long seed;
        int shortfalls;
        long prefilterMs;
        long buildMs;
        long convertMs;
        long lpMs;
        long lpBytes;
        int variables;
        int rows;
        Solution ours;
        Long toOnePercent;
        boolean objectiveAgrees;
        long formsObjective;
        int violations;
        double spread;
        long heapPeak;
        long heapLive;
        long rssPeak;
        Path lp;
        // full model, for a prefiltered pool
        String fullLp = "";
        Long fullBound;
        long structuralBound;
        // CBC
        String cbcStatus = "-";
        Long cbcObjective;
        Double cbcBound;
        Double cbcWall;
        int cbcViolations = -1;

        String name() {
            return bank + "_" + forms + "x" + length;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int a = 0; a + 1 < args.length; a += 2) {
            options.put(args[a].replaceFirst("^--", ""), args[a + 1]);
        }
        // Idempotent in OR-Tools 9.15 (it remembers the load), so CpSatAssembly's own load later is a no-op.
        Loader.loadNativeLibraries();
        new AssemblyBenchmark(options).run();
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        String instances = options.getOrDefault("instances",
                "2000:2x40,2000:4x30,2000:10x60,10000:2x40,10000:4x30,10000:10x60,100000:2x40,100000:4x30,100000:10x60");
        Map<Integer, List<int[]>> byBank = new LinkedHashMap<>();
        for (String instance : instances.split(",")) {
            String[] parts = instance.trim().split("[:x]");
            byBank.computeIfAbsent(Integer.parseInt(parts[0]), k -> new ArrayList<>())
                    .add(new int[] {Integer.parseInt(parts[1]), Integer.parseInt(parts[2])});
        }
        System.out.printf(Locale.ROOT, "budget %d s, %d workers, CBC %d s (%d at a time), prefilter above %d items"
                + " (%d per criterion x type), JVM max heap %d MiB, %d cpus%n", option("seconds", 30),
                option("workers", 2), option("cbc-seconds", 300), option("cbc-parallel", 1),
                option("prefilter-above", 50_000), option("per-cell", 20), Runtime.getRuntime().maxMemory() / MIB,
                Runtime.getRuntime().availableProcessors());
        List<Result> results = new ArrayList<>();
        for (Map.Entry<Integer, List<int[]>> bank : byBank.entrySet()) {
            int n = bank.getKey();
            long seed = 20_261_200L + n;
            long t0 = System.nanoTime();
            List<Candidate> items = GeneratedBank.generate(fw, seed, n);
            System.out.printf(Locale.ROOT, "bank %d items (seed %d) generated in %d ms%n", n, seed, ms(t0));
            for (int[] size : bank.getValue()) {
                Result r = ours(items, n, seed, size[0], size[1]);
                results.add(r);
                System.out.println("ours: " + line(r));
            }
        }
        cbc(results);
        StringBuilder table = new StringBuilder(header()).append('\n');
        results.forEach(r -> table.append(line(r)).append('\n'));
        System.out.println();
        System.out.print(table);
        Files.writeString(out.resolve("results.md"), table.toString());
        System.out.println("\n(written to " + out.resolve("results.md").toAbsolutePath() + ")");
    }

    /** maxUses 1 where the bank holds at least 100× the forms' slots; else 2 (overlap then limited by maxShared). */
    static int maxUses(int bank, int forms, int length) {
        return bank >= 100L * forms * length ? 1 : 2;
    }

    private Result ours(List<Candidate> bank, int n, long seed, int forms, int length) throws IOException {
        Result r = new Result();
        r.bank = n;
        r.seed = seed;
        r.forms = forms;
        r.length = length;
        r.demand = GeneratedBank.blueprint(fw, forms, length, maxUses(n, forms, length));
        System.gc();
        resetPeakRss();
        Sampler sampler = new Sampler();
        sampler.start();
        long t0 = System.nanoTime();
        boolean filter = n > option("prefilter-above", 50_000);
        r.pool = filter ? Pool.prefilter(r.demand, bank, option("per-cell", 20)) : bank;
        r.prefilterMs = filter ? ms(t0) : 0;
        r.shortfalls = Feasibility.diagnose(r.demand, r.pool).size();
        t0 = System.nanoTime();
        AssemblyModel m = AssemblyModel.build(r.demand, r.pool);
        r.buildMs = ms(t0);
        r.variables = m.variables().size();
        r.rows = m.rows().size();
        t0 = System.nanoTime();
        CpModel translated = convert(m);
        r.convertMs = ms(t0);
        System.gc();
        r.heapLive = heapUsed();
        long budget = option("seconds", 30);
        long[] first = {-1};
        r.ours = new CpSatAssembly().solve(m, Duration.ofSeconds(budget), option("workers", 2),
                (elapsed, incumbent, bound) -> {
                    if (first[0] < 0 && Solution.gap(incumbent, bound) <= 0.01) {
                        first[0] = elapsed;
                    }
                });
        sampler.stop();
        r.heapPeak = sampler.peak.get();
        r.rssPeak = rss("VmHWM");
        if (Boolean.parseBoolean(options.getOrDefault("profile", "false"))) {
            profile(r, translated, budget);
        }
        translated = null;
        if (first[0] >= 0) {
            r.toOnePercent = first[0];
        } else if (r.ours.hasForms() && r.ours.gap() <= 0.01) {
            r.toOnePercent = r.ours.millisTotal();
        }
        if (r.ours.hasForms()) {
            r.violations = FormsCheck.violations(r.demand, r.pool, r.ours.forms()).size();
            r.formsObjective = Objective.of(r.demand, r.pool, r.ours.forms());
            r.objectiveAgrees = r.formsObjective == r.ours.objective();
            StringBuilder listing = new StringBuilder();
            r.ours.forms().forEach(form -> listing.append(form).append('\n'));
            Files.writeString(out.resolve(r.name() + ".forms.txt"), listing.toString());
            r.spread = spread(r.pool, r.ours.forms(), length);
        }
        t0 = System.nanoTime();
        if (option("cbc-seconds", 300) > 0) {
            r.lp = out.resolve(r.name() + ".lp");
            Files.writeString(r.lp, m.lp(), StandardCharsets.US_ASCII);
            r.lpBytes = Files.size(r.lp);
        }
        r.lpMs = ms(t0);
        m = null;
        r.structuralBound = AssemblyModel.COVERAGE_WEIGHT * bank.stream().flatMap(c -> c.cells().stream())
                .filter(c -> c.kind() == Cell.Kind.CRITERION).distinct().count();
        if (filter && option("full-lp-seconds", 120) > 0) {
            fullLp(r, bank);
        }
        return r;
    }

    /** The LP relaxation of the full (unfiltered) model with GLOP: an upper bound on what any pool could give. */
    private void fullLp(Result r, List<Candidate> bank) {
        System.gc();
        long t0 = System.nanoTime();
        AssemblyModel full = AssemblyModel.build(r.demand, bank);
        long build = ms(t0);
        t0 = System.nanoTime();
        MPSolver lp = MPSolver.createSolver("GLOP");
        List<AssemblyModel.Variable> variables = full.variables();
        MPVariable[] vars = new MPVariable[variables.size()];
        for (int v = 0; v < vars.length; v++) {
            vars[v] = lp.makeNumVar(variables.get(v).lower(), variables.get(v).upper(), "");
        }
        for (Row row : full.rows()) {
            double lo = row.sense() == AssemblyModel.Sense.LE ? Double.NEGATIVE_INFINITY : row.rhs();
            double hi = row.sense() == AssemblyModel.Sense.GE ? Double.POSITIVE_INFINITY : row.rhs();
            MPConstraint c = lp.makeConstraint(lo, hi, "");
            for (Term t : row.terms()) {
                c.setCoefficient(vars[t.variable()], t.coefficient());
            }
        }
        MPObjective objective = lp.objective();
        for (Term t : full.objective()) {
            objective.setCoefficient(vars[t.variable()], t.coefficient());
        }
        objective.setMaximization();
        long load = ms(t0);
        int columns = vars.length;
        int rows = full.rows().size();
        full = null;
        lp.setTimeLimit(option("full-lp-seconds", 120) * 1000L);
        t0 = System.nanoTime();
        MPSolver.ResultStatus status = lp.solve();
        long solve = ms(t0);
        if (status == MPSolver.ResultStatus.OPTIMAL) {
            r.fullBound = (long) Math.floor(objective.value() + 1e-6);
        }
        r.fullLp = String.format(Locale.ROOT,
                "full model %d vars, %d rows: build %d ms, GLOP load %d ms, solve %d ms, %s, LP value %s, RSS now %d"
                        + " MiB",
                columns, rows, build, load, solve, status,
                status == MPSolver.ResultStatus.OPTIMAL ? String.format(Locale.ROOT, "%.3f", objective.value()) : "-",
                rss("VmRSS") / MIB);
        System.out.println("  " + r.fullLp);
        lp.delete();
    }

    /**
     * A second solve of the same CP-SAT model with the solver's search log on (which CpSatAssembly keeps off), to see
     * where the time goes: presolve, first solution, bound. Written to {@code <instance>.cpsat.log}.
     */
    private void profile(Result r, CpModel model, long budget) throws IOException {
        CpSolver solver = new CpSolver();
        solver.getParameters().setMaxTimeInSeconds(budget).setNumWorkers(option("workers", 2))
                .setRandomSeed(20_240_601).setLogSearchProgress(true).setLogToStdout(false);
        StringBuilder log = new StringBuilder();
        solver.setLogCallback(line -> log.append(line).append('\n'));
        CpSolverStatus status = solver.solve(model);
        Files.writeString(out.resolve(r.name() + ".cpsat.log"), log);
        System.out.printf(Locale.ROOT, "  profile: %s objective %.0f bound %.0f in %.1f s, log %s%n", status,
                solver.objectiveValue(), solver.bestObjectiveBound(), solver.wallTime(),
                out.resolve(r.name() + ".cpsat.log"));
    }

    /** The same translation CpSatAssembly makes before solving, timed on its own. */
    private static CpModel convert(AssemblyModel m) {
        CpModel model = new CpModel();
        IntVar[] vars = new IntVar[m.variables().size()];
        for (int v = 0; v < vars.length; v++) {
            AssemblyModel.Variable variable = m.variables().get(v);
            vars[v] = variable.lower() == 0 && variable.upper() == 1 ? model.newBoolVar(variable.name())
                    : model.newIntVar(variable.lower(), variable.upper(), variable.name());
        }
        for (Row row : m.rows()) {
            LinearExprBuilder expr = LinearExpr.newBuilder();
            row.terms().forEach(t -> expr.addTerm(vars[t.variable()], t.coefficient()));
            switch (row.sense()) {
                case LE -> model.addLessOrEqual(expr, row.rhs());
                case GE -> model.addGreaterOrEqual(expr, row.rhs());
                case EQ -> model.addEquality(expr, row.rhs());
            }
        }
        LinearExprBuilder objective = LinearExpr.newBuilder();
        m.objective().forEach(t -> objective.addTerm(vars[t.variable()], t.coefficient()));
        model.maximize(objective);
        model.model();
        return model;
    }

    private static double spread(List<Candidate> pool, List<List<Long>> forms, int length) {
        Map<Long, Integer> facility = new HashMap<>();
        pool.forEach(c -> facility.put(c.itemId(), c.facility()));
        double low = Double.MAX_VALUE;
        double high = -Double.MAX_VALUE;
        for (List<Long> form : forms) {
            double mean = form.stream().mapToInt(facility::get).sum() / 1000.0 / length;
            low = Math.min(low, mean);
            high = Math.max(high, mean);
        }
        return high - low;
    }

    private void cbc(List<Result> results) throws Exception {
        int seconds = option("cbc-seconds", 300);
        if (seconds <= 0) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(option("cbc-parallel", 1));
        List<Future<?>> runs = new ArrayList<>();
        for (Result r : results) {
            runs.add(pool.submit(() -> {
                cbc(r, seconds);
                System.out.println("cbc:  " + line(r));
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
    }

    private static final Pattern X = Pattern.compile("\\sx_(\\d+)_(\\d+)\\s+(\\S+)");

    private void cbc(Result r, int seconds) throws IOException, InterruptedException {
        Path sol = out.resolve(r.name() + ".sol");
        Path log = out.resolve(r.name() + ".cbc.log");
        Files.deleteIfExists(sol);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder("cbc", r.lp.toString(), "sec", String.valueOf(seconds), "solve", "solu",
                sol.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(seconds * 3L + 600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        r.cbcWall = ms(t0) / 1000.0;
        String text = Files.readString(log);
        r.cbcStatus = find(text, "Result - (.*)").orElse("no result (exit " + p.exitValue() + ")");
        if (!Files.exists(sol)) {
            return;
        }
        List<String> lines = Files.readAllLines(sol);
        // Without an integer solution CBC writes the LP relaxation's values ("no integer solution - continuous used").
        if (lines.isEmpty() || lines.get(0).startsWith("Infeasible") || lines.get(0).contains("no solution")
                || lines.get(0).contains("no integer solution")) {
            r.cbcStatus += " (no integer solution)";
            r.cbcBound = find(text, "(?:Lower|Upper) bound:\\s+(\\S+)").map(Double::parseDouble).orElse(null);
            return;
        }
        List<List<Long>> forms = new ArrayList<>();
        for (int f = 0; f < r.forms; f++) {
            forms.add(new ArrayList<>());
        }
        for (String line : lines) {
            Matcher m = X.matcher(line);
            if (m.find() && Double.parseDouble(m.group(3)) > 0.5) {
                forms.get(Integer.parseInt(m.group(2)) - 1).add(Long.parseLong(m.group(1)));
            }
        }
        r.cbcObjective = Objective.of(r.demand, r.pool, forms);
        r.cbcViolations = FormsCheck.violations(r.demand, r.pool, forms).size();
        // CBC minimises the negated objective and prints its values in that sense; recover the sign from its own
        // objective value, which must match ours up to sign.
        double printed = find(text, "Objective value:\\s+(\\S+)").map(Double::parseDouble).orElse(Double.NaN);
        double sign = Math.abs(printed + r.cbcObjective) < Math.abs(printed - r.cbcObjective) ? -1 : 1;
        if (r.cbcStatus.startsWith("Optimal")) {
            r.cbcBound = (double) r.cbcObjective;
        } else {
            r.cbcBound = find(text, "(?:Lower|Upper) bound:\\s+(\\S+)").map(v -> sign * Double.parseDouble(v))
                    .orElse(null);
        }
    }

    private static java.util.Optional<String> find(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(1).trim();
        }
        return java.util.Optional.ofNullable(last);
    }

    static String header() {
        return "| bank | forms×len | uses/shared | pool | vars / rows | build ms | status | first ms | ≤1 % gap ms"
                + " | final ms | objective (forms if ≠) | bound | gap % | viol. | spread | CBC status | CBC obj | CBC bound |"
                + " CBC gap % | CBC s | ours/CBC | heap peak / live MiB | RSS MiB |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }

    static String line(Result r) {
        Solution s = r.ours;
        String cbcGap = r.cbcObjective == null || r.cbcBound == null ? "-"
                : String.format(Locale.ROOT, "%.2f", 100 * (r.cbcBound - r.cbcObjective) / Math.max(1,
                        Math.abs(r.cbcBound)));
        String ratio = r.cbcObjective == null || !s.hasForms() ? "-"
                : String.format(Locale.ROOT, "%.4f", r.formsObjective / (double) r.cbcObjective);
        String bound = String.valueOf(s.bound());
        if (r.pool.size() < r.bank && s.hasForms()) {
            long full = r.fullBound == null ? r.structuralBound : Math.min(r.fullBound, r.structuralBound);
            bound += String.format(Locale.ROOT, " (full %d: %.2f %%)", full,
                    100.0 * (full - r.formsObjective) / Math.max(1, Math.abs(full)));
        }
        return String.format(Locale.ROOT,
                "| %,d | %d×%d | %d/%d | %,d%s | %,d / %,d | %d (+%d conv.) | %s | %s | %s | %,d | %d%s | %s | %.2f | %s |"
                        + " %s | %s | %s | %s | %s | %s | %s | %d / %d | %d |",
                r.bank, r.forms, r.length, r.demand.maxUses(), r.demand.maxShared(), r.pool.size(),
                r.shortfalls > 0 ? " (" + r.shortfalls + " shortfalls)" : "", r.variables, r.rows,
                r.buildMs + r.prefilterMs, r.convertMs, s.status(),
                s.millisToFirst() == null ? "-" : String.format(Locale.ROOT, "%,d", s.millisToFirst()),
                r.toOnePercent == null ? "-" : String.format(Locale.ROOT, "%,d", r.toOnePercent), s.millisTotal(),
                s.objective(),
                s.hasForms() && !r.objectiveAgrees ? String.format(Locale.ROOT, " (forms: %d, gap %.2f %%)",
                        r.formsObjective, 100 * Solution.gap(r.formsObjective, s.bound())) : "",
                bound,
                100 * s.gap(), s.hasForms() ? String.valueOf(r.violations) : "-",
                s.hasForms() ? String.format(Locale.ROOT, "%.4f", r.spread) : "-", r.cbcStatus,
                r.cbcObjective == null ? "-" : r.cbcObjective + (r.cbcViolations > 0 ? " (" + r.cbcViolations
                        + " viol.)" : ""),
                r.cbcBound == null ? "-" : String.format(Locale.ROOT, "%.0f", r.cbcBound), cbcGap,
                r.cbcWall == null ? "-" : String.format(Locale.ROOT, "%.0f", r.cbcWall), ratio, r.heapPeak / MIB,
                r.heapLive / MIB, r.rssPeak / MIB);
    }

    private static long ms(long t0) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Linux: writing 5 to clear_refs resets the peak RSS (VmHWM) of the process. */
    private static void resetPeakRss() {
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5");
        } catch (IOException | RuntimeException e) {
            // not Linux or not allowed: the peak then covers the whole run so far
        }
    }

    /** A field of /proc/self/status in bytes (0 where unknown). */
    private static long rss(String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    /** Samples the used heap every 50 ms. */
    private static final class Sampler implements Runnable {

        final AtomicLong peak = new AtomicLong();
        private volatile boolean running = true;
        private Thread thread;

        void start() {
            thread = new Thread(this, "heap-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() {
            running = false;
            thread.interrupt();
            peak.accumulateAndGet(heapUsed(), Math::max);
        }

        @Override
        public void run() {
            while (running) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
