package pl.certbank.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every endpoint that writes, with a body it would accept, so that the corpus can break that body in every way a
 * careless or hostile client would. A new component adds its endpoints here (and that is all the corpus needs).
 */
final class WriteEndpoints {

    /**
     * One write endpoint: how to call it, as whom, the JSON it accepts ({@code null}: it takes no JSON body), whether a
     * write needs If-Match, and which of its fields name one of a fixed set of values.
     */
    record Endpoint(String name, String method, String path, String role, String validBody, boolean ifMatch,
            Set<String> names) {
    }

    /**
     * What the endpoints act on: one draft of the author's, one item in review, a designer's blueprint, a finished
     * run of it and a swap on that run that every rule allows ({@code {"form", "out", "in"}}).
     */
    record Fixtures(long draft, long inReview, String draftReference, long blueprint, long run, String swap,
            long publishedForm, long demoSession, String bearer, String submittedAttempt) {
    }

    static final String ITEM = """
            {"qualification": "CRM-PRK4", "type": "SINGLE_CHOICE", "stem": "<p>Korpus: pytanie?</p>",
             "options": [{"text": "tak", "correct": true}, {"text": "nie", "correct": false}],
             "criteria": ["Z1.1.1"], "difficulty": "EASY", "difficultyEstimate": 0.5, "cognitiveLevel": "REMEMBER",
             "keywords": ["korpus"], "source": "test", "rationale": "bo tak", "language": "pl"}""";

    static final String BLUEPRINT = """
            {"name": "Korpus: plan", "qualification": "CRM-PRK4", "itemsPerForm": 10, "timeLimitMinutes": 20,
             "passMarkPercent": 60.5, "cells": [{"level": "SET", "code": "Z1", "min": 2}],
             "facility": {"low": 0.4, "target": 0.6, "high": 0.8}, "forms": 2, "maxShared": 2, "maxUses": 2,
             "excludeRecentForms": 0, "pointsPerItem": 1.5, "partialCredit": ["MATCHING"], "foldText": true}""";

    static List<Endpoint> all(Fixtures f) {
        Set<String> itemNames = Set.of("type", "difficulty", "cognitiveLevel");
        List<Endpoint> endpoints = new ArrayList<>();
        endpoints.add(new Endpoint("create item", "POST", "/api/v1/items", "author", ITEM, false, itemNames));
        endpoints.add(new Endpoint("edit item", "PUT", "/api/v1/items/" + f.draft(), "author", ITEM, true,
                itemNames));
        endpoints.add(new Endpoint("check item", "POST", "/api/v1/items/check", "author", ITEM, false, itemNames));
        endpoints.add(new Endpoint("bulk", "POST", "/api/v1/items/bulk", "author",
                "{\"action\": \"TAG\", \"ids\": [" + f.draft() + "], \"criteria\": [\"Z1.1.2\"]}", false,
                Set.of("action")));
        endpoints.add(new Endpoint("relations", "PUT", "/api/v1/items/" + f.draft() + "/relations", "author",
                "{\"enemies\": [], \"family\": \"FAM-KORPUS\"}", true, Set.of()));
        endpoints.add(new Endpoint("retire", "POST", "/api/v1/items/" + f.draft() + "/retire", "author",
                "{\"text\": \"nieaktualne\"}", false, Set.of()));
        endpoints.add(new Endpoint("approve", "POST", "/api/v1/reviews/" + f.inReview() + "/approve", "reviewer",
                "{\"text\": \"dobre\"}", false, Set.of()));
        endpoints.add(new Endpoint("return", "POST", "/api/v1/reviews/" + f.inReview() + "/return", "reviewer",
                "{\"text\": \"popraw\"}", false, Set.of()));
        endpoints.add(new Endpoint("comment", "POST", "/api/v1/reviews/" + f.inReview() + "/comments", "reviewer",
                "{\"text\": \"uwaga\", \"version\": 1}", false, Set.of()));
        endpoints.add(new Endpoint("create blueprint", "POST", "/api/v1/blueprints", "designer", BLUEPRINT, false,
                Set.of()));
        endpoints.add(new Endpoint("edit blueprint", "PUT", "/api/v1/blueprints/" + f.blueprint(), "designer",
                BLUEPRINT, true, Set.of()));
        endpoints.add(new Endpoint("assemble", "POST", "/api/v1/assembly-runs", "designer",
                "{\"blueprint\": " + f.blueprint() + ", \"timeLimitSeconds\": 5, \"locks\": {\"out\": [], \"in\": []}}",
                false, Set.of()));
        endpoints.add(new Endpoint("swap", "POST", "/api/v1/assembly-runs/" + f.run() + "/swap", "designer",
                f.swap(), false, Set.of()));
        // Publishing and delivery: valid bodies that the bank's state refuses (published already, no such form, a
        // taken client id, an attempt submitted already with other responses), so that nothing here can change it.
        endpoints.add(new Endpoint("publish", "POST", "/api/v1/forms/" + f.publishedForm() + "/publish", "publisher",
                "{\"variants\": 2}", false, Set.of()));
        endpoints.add(new Endpoint("withdraw", "POST", "/api/v1/forms/999999999/withdraw", "publisher",
                "{\"reason\": \"błąd w formie\"}", false, Set.of()));
        endpoints.add(new Endpoint("erratum", "POST", "/api/v1/forms/" + f.publishedForm() + "/errata", "publisher",
                "{\"position\": 9999, \"reason\": \"zły klucz\", \"answer\": {\"options\": []}}", false,
                Set.of()));
        endpoints.add(new Endpoint("exam client", "POST", "/api/v1/exam-clients", "publisher",
                "{\"clientId\": \"exam-client\", \"name\": \"Ośrodek\"}", false, Set.of()));
        endpoints.add(new Endpoint("exam session", "POST", "/api/v1/exam-sessions", "publisher",
                "{\"form\": 999999999, \"client\": 1, \"name\": \"Sesja\", \"opensAt\": "
                        + "\"2026-12-01T09:00:00+01:00\", \"closesAt\": \"2026-12-01T11:00:00+01:00\", "
                        + "\"expectedCandidates\": 5, \"mode\": \"ELECTRONIC\"}",
                false, Set.of("mode")));
        endpoints.add(new Endpoint("attempt", "POST", "/api/v1/delivery/sessions/" + f.demoSession() + "/attempts",
                f.bearer(), "{\"attempt\": \"" + f.submittedAttempt() + "\", \"candidate\": \"K-9\", "
                        + "\"variant\": \"A\", \"responses\": {}}",
                false, Set.of()));
        // the token endpoint takes form fields: every JSON body here is refused (415), whatever its content
        endpoints.add(new Endpoint("token", "POST", "/api/v1/delivery/token", null,
                "{\"grant_type\": \"client_credentials\", \"client_id\": \"exam-client\"}", false, Set.of()));
        endpoints.add(new Endpoint("own variant", "POST", "/api/v1/delivery/sessions/" + f.demoSession()
                + "/candidates", f.bearer(), "{\"candidate\": \"K-1\"}", false, Set.of()));
        // Printing and scanning: valid bodies naming a session or a scan that does not exist, so nothing is printed
        // or decided; the scan upload takes image bytes, so every JSON body is refused (415) whatever its content.
        endpoints.add(new Endpoint("print job", "POST", "/api/v1/print-jobs", "printer",
                "{\"session\": 999999999, \"copies\": 2}", false, Set.of()));
        endpoints.add(new Endpoint("print job of a form", "POST", "/api/v1/print-jobs", "printer",
                "{\"form\": 999999999, \"variant\": \"A\", \"copies\": 2}", false, Set.of()));
        endpoints.add(new Endpoint("scan upload", "POST", "/api/v1/scans", "printer",
                "{\"pages\": []}", false, Set.of()));
        endpoints.add(new Endpoint("scan decision", "POST", "/api/v1/scans/999999999/decisions", "publisher",
                "{\"bubble\": 3, \"mark\": \"MARKED\"}", false, Set.of()));
        endpoints.add(new Endpoint("short answer", "POST", "/api/v1/scans/999999999/answers", "publisher",
                "{\"position\": 1, \"text\": \"72\"}", false, Set.of()));
        return endpoints;
    }

    /** Writes without a JSON body, broken by their headers, paths and query only. */
    static List<Map.Entry<String, String>> bodiless(Fixtures f) {
        return List.of(Map.entry("POST", "/api/v1/items/" + f.draft() + "/submit"),
                Map.entry("POST", "/api/v1/items/" + f.draft() + "/restore/1"),
                Map.entry("POST", "/api/v1/forms/" + f.publishedForm() + "/freeze"),
                Map.entry("POST", "/api/v1/forms/" + f.publishedForm() + "/unfreeze"),
                Map.entry("POST", "/api/v1/exam-clients/999999999/rotate"),
                Map.entry("POST", "/api/v1/exam-clients/999999999/revoke"),
                Map.entry("POST", "/api/v1/print-jobs/999999999/retry"));
    }
}
