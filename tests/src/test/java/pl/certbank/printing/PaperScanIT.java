package pl.certbank.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.delivery.DeliveryIT;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.printing.control.SheetFiller;
import pl.certbank.printing.control.SheetFiller.Pen;
import pl.certbank.printing.control.SheetLayout;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.SnapshotJson;
import pl.certbank.publishing.control.Variant;
import pl.certbank.publishing.control.Variants;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;

/**
 * A paper session from print to score: three copies are printed, their answer sheets rendered at 300, 150 and 200
 * dpi, filled as candidates would (crosses, a cancelled mark, faint erased strokes, two marks on a single-choice
 * item), turned by ±3°, shifted, turned upside down, darkened with noise, shuffled into one multi-page TIFF and
 * uploaded. Every page must be matched to its copy by its QR code, every clear mark read, every faint one flagged and
 * none misread; after the commission decides the flagged marks and transcribes the short answers, each copy is scored
 * by the delivery code exactly as the same responses submitted on screen.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PaperScanIT {

    @Deployment(testable = false)
    public static EnterpriseArchive deployment() {
        return BankDeployment.asBuilt();
    }

    /** A page as rendered and marked, and what each touched bubble must read as. */
    record Sheet(long copy, int page, int dpi, BufferedImage image, Map<Integer, Pen> pens) {
    }

    /** A copy's plan: the pens per page, the responses meant, the faint bubbles and their decision. */
    static final class Plan {
        final Map<Integer, Map<Integer, Pen>> pens = new HashMap<>();
        final JsonObjectBuilder responses = Json.createObjectBuilder();
        final Map<String, Boolean> malformed = new HashMap<>();
        final List<int[]> faint = new ArrayList<>(); // page, bubble, 1 = decide MARKED, 0 = EMPTY
        final Map<Integer, String> shortAnswers = new TreeMap<>(); // form position → text
        int pages;

        void pen(SheetLayout.Bubble b, int page, Pen pen) {
            pens.computeIfAbsent(page, k -> new HashMap<>()).put(b.index(), pen);
        }
    }

    @Test
    void scannedSheetsAreMatchedReadReviewedAndScoredAsOnScreen() throws Exception {
        assumeTrue(SheetFiller.popplerAvailable(), "poppler-utils (pdftoppm) not installed");
        long session = PaperApi.session("Skan IT", 3, "PAPER");
        JsonObject job = PaperApi.printed("{\"session\": " + session + "}");
        long jobId = job.getJsonNumber("id").longValue();
        Map<String, byte[]> bundle = PaperApi.unzip(PaperApi.download("/api/v1/print-jobs/" + jobId
                + "/candidates.zip", "printer"));
        Snapshot snapshot = SnapshotJson.read(BankApi.getAs("publisher", "/api/v1/forms/" + PaperApi.demoForm()
                + "/snapshot/content").body());
        List<JsonObject> copies = job.getJsonArray("copyList").getValuesAs(JsonObject.class);
        int[] dpis = {300, 150, 200};
        List<Sheet> sheets = new ArrayList<>();
        Map<Long, Plan> plans = new LinkedHashMap<>();
        for (int k = 0; k < copies.size(); k++) {
            JsonObject copy = copies.get(k);
            long copyId = copy.getJsonNumber("copy").longValue();
            Variant variant = Variants.of(copy.getString("variant"), Long.parseLong(copy.getString("seed")),
                    snapshot.arrangeable());
            List<SheetLayout.Page> layout = SheetLayout.of(snapshot, variant);
            Plan plan = plan(snapshot, variant, layout, k, new Random(1000 + k));
            plans.put(copyId, plan);
            List<BufferedImage> pages = SheetFiller.render(bundle.get(String.format("%04d", copy.getInt("sheet"))
                    + "-answer-sheet.pdf"), dpis[k]);
            assertEquals(layout.size(), pages.size());
            for (int p = 0; p < pages.size(); p++) {
                BufferedImage image = pages.get(p);
                Map<Integer, Pen> pens = plan.pens.getOrDefault(p + 1, Map.of());
                for (SheetLayout.Bubble b : layout.get(p).bubbles()) {
                    if (pens.containsKey(b.index())) {
                        SheetFiller.mark(image, dpis[k], b, pens.get(b.index()));
                    }
                }
                image = switch (k) {
                    case 0 -> SheetFiller.turn(image, 3, -20, 15);
                    case 1 -> p == 0 ? SheetFiller.upsideDown(SheetFiller.turn(image, -3, 10, -8))
                            : SheetFiller.turn(image, -3, 10, -8);
                    default -> p == 0 ? SheetFiller.upsideDown(SheetFiller.darkerWithNoise(image, p))
                            : SheetFiller.darkerWithNoise(SheetFiller.turn(image, 1.5, 8, 8), p);
                };
                sheets.add(new Sheet(copyId, p + 1, dpis[k], image, pens));
            }
        }
        Collections.shuffle(sheets, new Random(7));
        var uploaded = BankApi.binary("POST", "/api/v1/scans?name=stack.tif", "printer", tiff(sheets),
                "image/tiff");
        String body = new String(uploaded.body(), StandardCharsets.UTF_8);
        assertEquals(200, uploaded.statusCode(), body);
        List<JsonObject> outcomes = Json.createReader(new java.io.StringReader(body)).readArray()
                .getValuesAs(JsonObject.class);
        assertEquals(sheets.size(), outcomes.size());
        List<String> wrong = new ArrayList<>();
        Map<String, Long> scanOf = new HashMap<>();
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            JsonObject o = outcomes.get(i);
            if (!o.getString("status").equals("READ") || o.getJsonNumber("copy").longValue() != sheet.copy()
                    || o.getInt("page") != sheet.page()) {
                wrong.add("upload page " + (i + 1) + " (copy " + sheet.copy() + " page " + sheet.page() + " at "
                        + sheet.dpi() + " dpi) read as " + o);
                continue;
            }
            long scan = o.getJsonNumber("scan").longValue();
            scanOf.put(sheet.copy() + "/" + sheet.page(), scan);
            JsonObject review = BankApi.json(BankApi.getAs("printer", "/api/v1/scans/" + scan)).asJsonObject();
            for (JsonObject b : review.getJsonArray("bubbles").getValuesAs(JsonObject.class)) {
                Pen pen = sheet.pens().get(b.getInt("index"));
                String expected = pen == null ? "EMPTY" : switch (pen) {
                    case CROSS -> "MARKED";
                    case CANCEL -> "CANCELLED";
                    case FAINT -> "AMBIGUOUS";
                };
                if (!expected.equals(b.getString("read"))) {
                    wrong.add("copy " + sheet.copy() + " page " + sheet.page() + " at " + sheet.dpi() + " dpi: "
                            + b.getString("what") + " at (" + b.getJsonNumber("x") + ", " + b.getJsonNumber("y")
                            + ") mm read " + b.getString("read") + " (" + b.getJsonNumber("darkness") + "), meant "
                            + expected);
                    ImageIO.write(sheet.image(), "png", new java.io.File(System.getProperty("java.io.tmpdir"),
                            "paper-scan-" + sheet.copy() + "-" + sheet.page() + ".png"));
                }
            }
        }
        assertEquals(List.of(), wrong, "every page matched by its QR code, every bubble read as meant");

        // a page whose QR code cannot be read is flagged, never guessed
        BufferedImage blotted = SheetFiller.render(bundle.get("0001-answer-sheet.pdf"), 150).get(0);
        var g = blotted.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect((int) (165 * 150 / 25.4), (int) (14 * 150 / 25.4), (int) (31 * 150 / 25.4),
                (int) (30 * 150 / 25.4));
        g.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(blotted, "png", png);
        JsonObject noQr = Json.createReader(new java.io.StringReader(new String(BankApi.binary("POST",
                "/api/v1/scans?name=blotted.png", "printer", png.toByteArray(), "image/png").body(),
                StandardCharsets.UTF_8))).readArray().getJsonObject(0);
        assertEquals("NO_QR", noQr.getString("status"), noQr.toString());
        assertTrue(!noQr.containsKey("copy"), "a page without its code belongs to no copy");

        // the commission decides the faint marks (a printer may not) and transcribes the short answers
        for (Map.Entry<Long, Plan> e : plans.entrySet()) {
            Plan plan = e.getValue();
            for (int[] f : plan.faint) {
                long scan = scanOf.get(e.getKey() + "/" + f[0]);
                String decision = "{\"bubble\": " + f[1] + ", \"mark\": \"" + (f[2] == 1 ? "MARKED" : "EMPTY") + "\"}";
                assertEquals(403, BankApi.send("POST", "/api/v1/scans/" + scan + "/decisions", "printer", decision)
                        .statusCode());
                var decided = BankApi.send("POST", "/api/v1/scans/" + scan + "/decisions", "publisher", decision);
                assertEquals(200, decided.statusCode(), decided.body());
            }
            for (Map.Entry<Integer, String> a : plan.shortAnswers.entrySet()) {
                int page = pageOf(snapshot, copies, e.getKey(), a.getKey());
                long scan = scanOf.get(e.getKey() + "/" + page);
                var saved = BankApi.send("POST", "/api/v1/scans/" + scan + "/answers", "publisher",
                        Json.createObjectBuilder().add("position", a.getKey() + 1).add("text", a.getValue()).build()
                                .toString());
                assertEquals(200, saved.statusCode(), saved.body());
            }
        }

        // every copy is scored now, as the same responses are on screen
        long screen = PaperApi.session("Skan IT – ekran", 3, "ELECTRONIC");
        String token = DeliveryIT.token("exam-client", "exam-client");
        int k = 0;
        for (Map.Entry<Long, Plan> e : plans.entrySet()) {
            long scan = scanOf.get(e.getKey() + "/1");
            JsonObject review = BankApi.json(BankApi.getAs("publisher", "/api/v1/scans/" + scan)).asJsonObject();
            assertEquals("SCORED", review.getString("copyState"), review.toString());
            String attempt = review.getString("attempt");
            assertEquals("paper-" + e.getKey(), attempt);
            JsonObject paper = BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-sessions/" + session
                    + "/results/" + attempt)).asJsonObject();
            JsonObject meant = e.getValue().responses.build();
            assertEquals(meant, paper.getJsonObject("responses"), "the responses read off paper");
            assertTrue(paper.getJsonObject("replay").getBoolean("matchesStored"), "the appeal replay agrees");
            assertEquals(e.getValue().pages, paper.getJsonArray("scans").size(), "the scanned pages attached");
            JsonObjectBuilder onScreen = Json.createObjectBuilder();
            meant.forEach((ref, value) -> {
                if (!e.getValue().malformed.containsKey(ref)) {
                    onScreen.add(ref, value);
                }
            });
            String key = "screen-" + e.getKey();
            var submitted = DeliveryIT.post("/api/v1/delivery/sessions/" + screen + "/attempts", "application/json",
                    Json.createObjectBuilder().add("attempt", key).add("candidate", "E-" + (++k)).add("variant", "A")
                            .add("responses", onScreen).build().toString(),
                    token);
            assertEquals(201, submitted.statusCode(), submitted.body());
            JsonObject electronic = BankApi.json(BankApi.getAs("publisher", "/api/v1/exam-sessions/" + screen
                    + "/results/" + key)).asJsonObject();
            JsonObject paperScore = last(paper);
            JsonObject screenScore = last(electronic);
            assertEquals(screenScore.getJsonObject("total"), paperScore.getJsonObject("total"));
            assertEquals(points(screenScore), points(paperScore), "each item's points as on screen");
        }
    }

    private static JsonObject last(JsonObject result) {
        var scores = result.getJsonArray("scores");
        return scores.getJsonObject(scores.size() - 1);
    }

    private static Map<String, String> points(JsonObject score) {
        Map<String, String> points = new TreeMap<>();
        score.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> points.put(i.getString("reference"),
                i.getJsonNumber("points").bigDecimalValue().stripTrailingZeros().toPlainString()));
        return points;
    }

    private static int pageOf(Snapshot snapshot, List<JsonObject> copies, long copyId, int position) {
        JsonObject copy = copies.stream().filter(c -> c.getJsonNumber("copy").longValue() == copyId).findFirst()
                .orElseThrow();
        Variant variant = Variants.of(copy.getString("variant"), Long.parseLong(copy.getString("seed")),
                snapshot.arrangeable());
        for (SheetLayout.Page page : SheetLayout.of(snapshot, variant)) {
            if (page.blocks().stream().anyMatch(b -> b.formPosition() == position)) {
                return page.number();
            }
        }
        throw new AssertionError("item " + position + " is on no page");
    }

    /** What copy {@code k} answers, and how its pens make that happen. */
    static Plan plan(Snapshot snapshot, Variant variant, List<SheetLayout.Page> layout, int k, Random random) {
        Plan plan = new Plan();
        plan.pages = layout.size();
        int singles = 0;
        for (SheetLayout.Page page : layout) {
            Map<Integer, List<SheetLayout.Bubble>> byItem = new TreeMap<>();
            page.bubbles().stream().filter(b -> b.kind() != SheetLayout.Kind.DIGIT)
                    .forEach(b -> byItem.computeIfAbsent(b.formPosition(), x -> new ArrayList<>()).add(b));
            if (page.number() == 1) {
                // the candidate ID: digit (place + k) % 10 at every place
                page.bubbles().stream().filter(b -> b.kind() == SheetLayout.Kind.DIGIT
                        && Integer.parseInt(b.column()) == (Integer.parseInt(b.row()) + k) % 10)
                        .forEach(b -> plan.pen(b, 1, Pen.CROSS));
            }
            for (SheetLayout.Block block : page.blocks()) {
                Snapshot.Item item = snapshot.items().get(block.formPosition());
                List<SheetLayout.Bubble> bubbles = byItem.getOrDefault(block.formPosition(), List.of());
                String ref = item.reference();
                switch (item.type()) {
                    case SINGLE_CHOICE -> {
                        singles++;
                        int chosen = random.nextInt(bubbles.size());
                        int other = (chosen + 1) % bubbles.size();
                        SheetLayout.Bubble pick = bubbles.get(chosen);
                        if (singles == 1) {
                            // a mark made, then cancelled by blackening it; the chosen one crossed
                            plan.pen(pick, page.number(), Pen.CROSS);
                            plan.pen(bubbles.get(other), page.number(), Pen.CANCEL);
                            plan.responses.add(ref, selected(pick));
                        } else if (singles == 2) {
                            // a faint erased stroke beside the mark: the commission says it is no mark
                            plan.pen(pick, page.number(), Pen.CROSS);
                            plan.pen(bubbles.get(other), page.number(), Pen.FAINT);
                            plan.faint.add(new int[] {page.number(), bubbles.get(other).index(), 0});
                            plan.responses.add(ref, selected(pick));
                        } else if (singles == 3) {
                            // a mark pressed too lightly: the commission says it is the answer
                            plan.pen(pick, page.number(), Pen.FAINT);
                            plan.faint.add(new int[] {page.number(), pick.index(), 1});
                            plan.responses.add(ref, selected(pick));
                        } else if (singles == 4 && k == 1) {
                            // two marks on a single-choice item: read as both, which scores nothing
                            plan.pen(pick, page.number(), Pen.CROSS);
                            plan.pen(bubbles.get(other), page.number(), Pen.CROSS);
                            List<SheetLayout.Bubble> both = new ArrayList<>(List.of(pick, bubbles.get(other)));
                            both.sort(java.util.Comparator.comparingInt(SheetLayout.Bubble::index));
                            JsonArrayBuilder ids = Json.createArrayBuilder();
                            both.forEach(b -> ids.add(b.column()));
                            plan.responses.add(ref, Json.createObjectBuilder().add("selected", ids));
                            plan.malformed.put(ref, true);
                        } else if (singles == 5 && k == 2) {
                            // left unanswered
                        } else {
                            plan.pen(pick, page.number(), Pen.CROSS);
                            plan.responses.add(ref, selected(pick));
                        }
                    }
                    case MULTIPLE_RESPONSE -> {
                        JsonArrayBuilder ids = Json.createArrayBuilder();
                        boolean any = false;
                        for (SheetLayout.Bubble b : bubbles) {
                            if (random.nextBoolean()) {
                                plan.pen(b, page.number(), Pen.CROSS);
                                ids.add(b.column());
                                any = true;
                            }
                        }
                        if (!any) {
                            plan.pen(bubbles.get(0), page.number(), Pen.CROSS);
                            ids.add(bubbles.get(0).column());
                        }
                        plan.responses.add(ref, Json.createObjectBuilder().add("selected", ids));
                    }
                    case TRUE_FALSE -> {
                        SheetLayout.Bubble b = bubbles.get(random.nextInt(2));
                        plan.pen(b, page.number(), Pen.CROSS);
                        plan.responses.add(ref, Json.createObjectBuilder().add("answer",
                                Boolean.parseBoolean(b.column())));
                    }
                    case MATCHING -> {
                        Map<String, List<SheetLayout.Bubble>> rows = new LinkedHashMap<>();
                        bubbles.forEach(b -> rows.computeIfAbsent(b.row(), x -> new ArrayList<>()).add(b));
                        JsonObjectBuilder matches = Json.createObjectBuilder();
                        rows.forEach((premise, row) -> {
                            SheetLayout.Bubble b = row.get(random.nextInt(row.size()));
                            plan.pen(b, page.number(), Pen.CROSS);
                            matches.add(premise, b.column());
                        });
                        plan.responses.add(ref, Json.createObjectBuilder().add("matches", matches));
                    }
                    case ORDERING -> {
                        Map<String, List<SheetLayout.Bubble>> rows = new LinkedHashMap<>();
                        bubbles.forEach(b -> rows.computeIfAbsent(b.row(), x -> new ArrayList<>()).add(b));
                        List<String> elements = new ArrayList<>(rows.keySet());
                        Collections.shuffle(elements, random);
                        JsonArrayBuilder order = Json.createArrayBuilder();
                        for (int pos = 0; pos < elements.size(); pos++) {
                            String element = elements.get(pos);
                            String column = String.valueOf(pos + 1);
                            rows.get(element).stream().filter(b -> b.column().equals(column)).findFirst()
                                    .ifPresent(b -> plan.pen(b, page.number(), Pen.CROSS));
                            order.add(element);
                        }
                        plan.responses.add(ref, Json.createObjectBuilder().add("order", order));
                    }
                    case SHORT_ANSWER -> {
                        ShortAnswer answer = (ShortAnswer) item.answer();
                        String text = k == 0 ? answer.accepted().get(0) : answer.numeric() ? "999999" : "nie wiem";
                        plan.shortAnswers.put(block.formPosition(), text);
                        plan.responses.add(ref, Json.createObjectBuilder().add("text", text));
                    }
                }
            }
        }
        return plan;
    }

    private static JsonObjectBuilder selected(SheetLayout.Bubble b) {
        return Json.createObjectBuilder().add("selected", Json.createArrayBuilder().add(b.column()));
    }

    /** The pages as one multi-page TIFF, Deflate-compressed, in the order given. */
    static byte[] tiff(List<Sheet> sheets) throws Exception {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("Deflate");
            writer.prepareWriteSequence(null);
            for (Sheet sheet : sheets) {
                writer.writeToSequence(new IIOImage(sheet.image(), null, null), param);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
