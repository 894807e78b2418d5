package pl.certbank.publishing.control;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import pl.certbank.blueprints.entity.BlueprintRules.PassMark;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ScoringRule;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;

/** A published form with one item of every type (and both kinds of short answer), written out by hand. */
final class QtiFixture {

    static final ScoringRule TWO_POINTS = new ScoringRule(new BigDecimal("2"), false, true);
    static final ScoringRule PARTIAL = new ScoringRule(new BigDecimal("2"), true, true);

    /** Image 7 through delivery's address, image 8 through the bank's. */
    static final Map<Long, QtiPackage.Image> IMAGES = Map.of(
            7L, new QtiPackage.Image("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3}),
            8L, new QtiPackage.Image("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 4, 5}));

    private QtiFixture() {
    }

    static Snapshot snapshot() {
        return new Snapshot("CRM-PRK4-R1-1", "Obsługa klienta & CRM", new Snapshot.Qualification("CRM-PRK4",
                "Prowadzenie działań CRM", "Dz.U. 2024 poz. 1", 3), 45,
                new PassMark(new BigDecimal("60"), null,
                        Map.of()),
                List.of(item(1, "CRM-101", "<p>Co to jest <strong>lejek</strong> sprzedaży?&nbsp;<br>"
                        + "<img src=\"/bank/api/v1/delivery/images/7\" alt=\"lejek\"></p>",
                        Choice.single(List.of(
                                new Choice.Option("Etapy drogi klienta", true),
                                new Choice.Option("Narzędzie <kuchenne>", false),
                                new Choice.Option("Raport & zestawienie", false),
                                new Choice.Option("Baza kontaktów", false))),
                        TWO_POINTS),
                        item(2, "CRM-102", "<p>Które są kanałami kontaktu?</p><img src=\"/bank/api/v1/images/8\">",
                                Choice.multiple(List.of(new Choice.Option("e-mail", true),
                                        new Choice.Option("telefon", true), new Choice.Option("faktura", false),
                                        new Choice.Option("czat", false))),
                                PARTIAL),
                        item(3, "CRM-103", "Lead to potencjalny klient.", new TrueFalse(true), TWO_POINTS),
                        item(4, "CRM-104", "<p>Dopasuj pojęcia.</p>", new Matching(List.of(
                                new Matching.Pair("CRM", "system"), new Matching.Pair("lead", "kontakt"),
                                new Matching.Pair("churn", "odejście")), List.of("faktura")), TWO_POINTS),
                        item(5, "CRM-105", "<p>Ułóż etapy sprzedaży.</p>", new Ordering(List.of("kontakt",
                                "oferta", "negocjacje", "zamknięcie")), PARTIAL),
                        item(6, "CRM-106", "<p>W jakim mieście jest siedziba firmy?</p>",
                                new ShortAnswer(List.of("Łódź", "Lodz"), false, null), TWO_POINTS),
                        item(7, "CRM-107", "<p>Ile to 70 + 2?</p>", new ShortAnswer(List.of("72", "72,5"), true,
                                new BigDecimal("0.1")), TWO_POINTS)),
                List.of(new Snapshot.VariantSeed("A", 42L), new Snapshot.VariantSeed("B", 43L)));
    }

    private static Snapshot.Item item(int position, String reference, String stem, Answer answer,
            ScoringRule rule) {
        List<Long> images = stem.contains("images/7") ? List.of(7L) : stem.contains("images/8") ? List.of(8L)
                : List.of();
        return new Snapshot.Item(position, reference, 100 + position, 1, answer.type(), stem, answer, rule,
                List.of("K" + position + ".1", "K" + position + ".2"), List.of("E" + position), List.of("S1"),
                images);
    }

    static Variant variantA() {
        return snapshot().variant("A").orElseThrow();
    }
}
