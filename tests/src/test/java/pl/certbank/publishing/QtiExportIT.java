package pl.certbank.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.Response;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;
import pl.certbank.publishing.control.QtiCheck;
import pl.certbank.publishing.control.Snapshot;
import pl.certbank.publishing.control.SnapshotJson;
import pl.certbank.support.BankApi;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.QtiPlayer;

/**
 * The server's QTI 3.0 export of the demo form's variant A loads in the 1EdTech-certified player: every item renders
 * without a validation message and scores, answered right and answered wrong, what the server's own scoring gives.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QtiExportIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return BankDeployment.asBuilt();
    }

    @Test
    void everyExportedItemOfAVariantScoresInThePlayerAsTheBankScoresIt() throws Exception {
        long form = BankApi.json(BankApi.getAs("designer", "/api/v1/forms")).asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(f -> f.getString("code").equals("CRM-PRK4-DEMO-1"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        Snapshot snapshot = SnapshotJson.read(BankApi.getAs("designer", "/api/v1/forms/" + form + "/snapshot/content")
                .body());
        HttpResponse<byte[]> zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                BankApi.baseUrl() + "/api/v1/forms/" + form + "/variants/A/qti.zip")).header("Authorization",
                        "Basic " + Base64.getEncoder().encodeToString("designer:designer".getBytes(
                                StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, zip.statusCode());
        assertTrue(zip.headers().firstValue("Content-Type").orElse("").startsWith("application/zip"));
        assertEquals(List.of(), QtiCheck.problems(zip.body()));
        Map<String, String> files = entries(zip.body());
        List<String> wrong = new ArrayList<>();
        try (QtiPlayer player = QtiPlayer.start()) {
            for (Snapshot.Item item : snapshot.items()) {
                String xml = files.get("items/" + item.reference() + ".xml");
                assertTrue(xml != null, "no file for " + item.reference());
                for (Response response : List.of(item.answer().key(), wrongly(item.answer()))) {
                    BigDecimal ours = item.answer().score(response, item.rule()).points();
                    QtiPlayer.Result played = player.score(item.reference(), xml, QtiPlayerIT.qti(item.answer(),
                            response));
                    if (ours.compareTo(played.score()) != 0 || !played.validationMessages().isEmpty()) {
                        wrong.add(item.reference() + " " + response + ": ours " + ours + ", the player "
                                + played.score() + " " + played.validationMessages());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A response that the key does not earn in full. */
    private static Response wrongly(Answer answer) {
        Response key = answer.key();
        if (key instanceof Choice.Picked picked) {
            List<String> ids = ((Choice) answer).candidateView().options().stream().map(o -> o.id())
                    .filter(id -> !picked.selected().contains(id)).toList();
            return new Choice.Picked(java.util.Set.of(ids.get(0)));
        }
        if (key instanceof TrueFalse.Judged judged) {
            return new TrueFalse.Judged(!judged.answer());
        }
        if (key instanceof Matching.Matched matched) {
            List<String> responses = new ArrayList<>(new TreeMap<>(matched.matches()).values());
            java.util.Collections.rotate(responses, 1);
            Map<String, String> rotated = new TreeMap<>();
            List<String> premises = new ArrayList<>(new TreeMap<>(matched.matches()).keySet());
            for (int i = 0; i < premises.size(); i++) {
                rotated.put(premises.get(i), responses.get(i));
            }
            return new Matching.Matched(rotated);
        }
        if (key instanceof Ordering.Ordered ordered) {
            List<String> reversed = new ArrayList<>(ordered.order());
            java.util.Collections.reverse(reversed);
            return new Ordering.Ordered(reversed);
        }
        if (key instanceof ShortAnswer.Typed) {
            return new ShortAnswer.Typed("zzz");
        }
        throw new IllegalArgumentException("no wrong response for " + key);
    }

    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().endsWith(".xml")) {
                    files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
