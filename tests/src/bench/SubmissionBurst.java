import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N candidates submit at once (one connection each, released together), then the results are counted: every attempt
 * scored once, none lost. Prints p50/p99/max of the submission latency. Run by delivery-benchmark.sh:
 * {@code java SubmissionBurst.java BASE SESSION TOKEN N variant.json}.
 */
public class SubmissionBurst {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String session = args[1];
        String token = args[2];
        int n = Integer.parseInt(args[3]);
        String variant = Files.readString(Path.of(args[4]));
        // answer every single-choice item with its first option shown: a realistic, mixed result
        StringBuilder responses = new StringBuilder("{");
        Matcher m = Pattern
                .compile("\"reference\":\"([^\"]+)\",\"stem\":\"(?:[^\"\\\\]|\\\\.)*\",\"type\":\"SINGLE_CHOICE\"")
                .matcher(variant);
        Matcher opt = Pattern.compile("\"answer\":\\{\"multiple\":false,\"options\":\\[\\{\"id\":\"(o\\d+)\"")
                .matcher(variant);
        List<String> refs = new ArrayList<>();
        while (m.find()) {
            refs.add(m.group(1));
        }
        List<String> firsts = new ArrayList<>();
        while (opt.find()) {
            firsts.add(opt.group(1));
        }
        for (int i = 0; i < Math.min(refs.size(), firsts.size()); i++) {
            responses.append(i == 0 ? "" : ",").append('"').append(refs.get(i)).append("\":{\"selected\":[\"")
                    .append(firsts.get(i)).append("\"]}");
        }
        responses.append('}');
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<HttpClient> clients = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(n);
        CountDownLatch go = new CountDownLatch(1);
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(30)).build();
            clients.add(client);
            String body = "{\"attempt\":\"burst-" + run + "-" + i + "\",\"candidate\":\"K-" + i
                    + "\",\"variant\":\"A\",\"responses\":" + responses + "}";
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/delivery/sessions/" + session
                    + "/attempts")).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json").timeout(Duration.ofSeconds(120))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            // open the connection first, so that the burst measures submissions, not TCP handshakes
            client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.discarding());
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                    long start = System.nanoTime();
                    HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
                    micros.add((System.nanoTime() - start) / 1000);
                    if (r.statusCode() == 201) {
                        created.incrementAndGet();
                    } else {
                        failed.incrementAndGet();
                        System.err.println(r.statusCode() + " " + r.body());
                    }
                } catch (Exception e) {
                    failed.incrementAndGet();
                    System.err.println(e);
                }
            });
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        HttpResponse<String> results = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base
                + "/api/v1/exam-sessions/" + session + "/results")).header("Authorization", "Basic "
                        + java.util.Base64.getEncoder().encodeToString("publisher:publisher".getBytes()))
                .build(),
                HttpResponse.BodyHandlers.ofString());
        int stored = 0;
        Matcher a = Pattern.compile("\"attempt\":\"burst-" + run + "-\\d+\"").matcher(results.body());
        while (a.find()) {
            stored++;
        }
        System.out.printf("%d submissions in %d ms: %d created, %d failed; stored and scored: %d%n", n, wall,
                created.get(), failed.get(), stored);
        System.out.printf("latency ms: p50 %.1f  p99 %.1f  max %.1f%n", at(sorted, 0.50), at(sorted, 0.99),
                at(sorted, 1.0));
    }

    private static double at(List<Long> sorted, double q) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int i = Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1);
        return sorted.get(Math.max(0, i)) / 1000.0;
    }
}
