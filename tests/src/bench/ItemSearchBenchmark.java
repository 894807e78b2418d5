import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Item list/search latency through the REST API with a large bank, and the server's resident memory.
 * Run against a server started in demo mode (README, "Running in the background"):
 *   java tests/src/bench/ItemSearchBenchmark.java [baseUrl] [items] [requestsPerScenario]
 * It tops the bank up with generated items to the requested number, warms up, then times each scenario
 * sequentially (one client, as one expert paging and filtering) and prints a Markdown table.
 */
public class ItemSearchBenchmark {

    // A signed-in session, as the UI and a long-running client have: Basic on every call would add one bcrypt
    // verification (about 90 ms on the benchmark machine) to each request, the same for any bank size.
    private static final java.net.CookieManager COOKIES = new java.net.CookieManager();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).cookieHandler(COOKIES).build();
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");
    private static final Pattern GENERATED = Pattern.compile("\"generatedItems\":(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080/bank";
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;

        signIn(base);
        long total = total(base + "/api/v1/items?limit=1");
        long generated = 0;
        while (total < target) {
            int chunk = (int) Math.min(20_000, target - total);
            String body = send("POST", base + "/api/v1/demo/synthetic-items?count=" + chunk);
            Matcher m = GENERATED.matcher(body);
            generated = m.find() ? Long.parseLong(m.group(1)) : generated;
            long before = total;
            total = total(base + "/api/v1/items?limit=1");
            System.err.println("bank holds " + total + " items (" + generated + " generated)");
            if (total <= before) {
                throw new IllegalStateException("the bank did not grow: is the item count in 'total' exact?");
            }
        }

        Map<String, String> scenarios = new LinkedHashMap<>();
        scenarios.put("first page, newest first", "/api/v1/items?limit=25");
        scenarios.put("page 2000 (offset 50,000)", "/api/v1/items?limit=25&offset=50000");
        scenarios.put("status + type + difficulty",
                "/api/v1/items?status=APPROVED&type=SINGLE_CHOICE&difficulty=HARD&limit=25");
        scenarios.put("one criterion", "/api/v1/items?criterion=Z1.3.2&limit=25");
        scenarios.put("outcome set, sorted by reference", "/api/v1/items?set=Z2&sort=REFERENCE&limit=25");
        scenarios.put("full text, common words", "/api/v1/items?q=" + enc("szansy sprzedaży") + "&limit=25");
        scenarios.put("full text, diacritics folded", "/api/v1/items?q=" + enc("zgodnie z RODO") + "&limit=25");
        scenarios.put("full text, rare word", "/api/v1/items?q=" + enc("wariant 1000012") + "&limit=25");
        scenarios.put("author + not used in any form", "/api/v1/items?author=generator&unused=true&limit=25");

        for (int i = 0; i < 3; i++) {
            for (String path : scenarios.values()) {
                send("GET", base + path);
            }
        }
        System.out.println("| scenario | requests | p50 ms | p95 ms | max ms | matches |");
        System.out.println("|---|---|---|---|---|---|");
        List<Long> all = new ArrayList<>();
        for (var scenario : scenarios.entrySet()) {
            List<Long> times = new ArrayList<>();
            long matches = 0;
            for (int i = 0; i < requests; i++) {
                long start = System.nanoTime();
                String body = send("GET", base + scenario.getValue());
                times.add((System.nanoTime() - start) / 1_000);
                Matcher m = TOTAL.matcher(body);
                matches = m.find() ? Long.parseLong(m.group(1)) : -1;
            }
            all.addAll(times);
            System.out.printf("| %s | %d | %.1f | %.1f | %.1f | %d |%n", scenario.getKey(), requests,
                    pct(times, 50), pct(times, 95), pct(times, 100), matches);
        }
        System.out.printf("| **all scenarios** | %d | %.1f | %.1f | %.1f | |%n", all.size(), pct(all, 50),
                pct(all, 95), pct(all, 100));
        System.out.println();
        System.out.println("Items in the bank: " + total + "; server RSS: " + serverRss());
    }

    private static void signIn(String base) throws Exception {
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/index.xhtml")).build(),
                HttpResponse.BodyHandlers.discarding());
        HTTP.send(HttpRequest.newBuilder(URI.create(base + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=admin&j_password=admin")).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    private static double pct(List<Long> micros, int percentile) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    private static long total(String url) throws Exception {
        Matcher m = TOTAL.matcher(send("GET", url));
        if (!m.find()) {
            throw new IllegalStateException("No total in the answer of " + url);
        }
        return Long.parseLong(m.group(1));
    }

    private static String send(String method, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(10))
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + url + " → " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Resident memory of the WildFly JVM on this machine (Linux /proc), found by its jboss-modules command line. */
    private static String serverRss() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("jboss-modules.jar")).orElse(false))
                .map(p -> {
                    try {
                        for (String line : Files.readAllLines(Path.of("/proc/" + p.pid() + "/status"))) {
                            if (line.startsWith("VmRSS:")) {
                                long kb = Long.parseLong(line.replaceAll("\\D", ""));
                                return String.format("%.0f MiB (pid %d)", kb / 1024.0, p.pid());
                            }
                        }
                    } catch (Exception e) {
                        return "unknown (" + e.getMessage() + ")";
                    }
                    return "unknown";
                }).findFirst().orElse("no WildFly process found");
    }
}
