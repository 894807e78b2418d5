package pl.certbank.publishing.control;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Labelled;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;

/**
 * One item of a published form as a QTI 3.0 {@code qti-assessment-item}: its declarations and response processing
 * ({@link QtiScoring}), and a body of the stem followed by the interaction, which shows options, premises, responses
 * and elements in the variant's arrangement under CertBank's own ids, so a response names what it named in delivery.
 * The criteria the item counts for ride on the stem as {@code data-criteria} (QTI 3 lets {@code data-*} attributes on
 * body content carry what a delivery system wants to keep; players ignore them).
 */
final class QtiItem {

    static final String NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiasi_v3p0_v1p0.xsd";

    /** True/false as the candidate reads it, in Polish, the language of the forms. */
    private static final List<Labelled> TRUTH = List.of(new Labelled("true", "Prawda"),
            new Labelled("false", "Fałsz"));

    private QtiItem() {
    }

    /**
     * The item document; {@code arranged} is the item's arrangeable groups in the variant's order, {@code href} the
     * package path of a stored image relative to the item file.
     */
    static byte[] write(Snapshot.Item item, String identifier, List<List<String>> arranged,
            LongFunction<String> href) {
        QtiScoring scoring = new QtiScoring(item.answer(), item.rule());
        QtiXml xml = new QtiXml().root("qti-assessment-item", NAMESPACE, NAMESPACE + " " + SCHEMA)
                .attr("identifier", identifier).attr("title", item.reference()).attr("adaptive", "false")
                .attr("time-dependent", "false").xmlAttr("lang", "pl");
        scoring.declarations(xml);
        xml.open("qti-item-body");
        xml.openMixed("div").attr("class", "certbank-stem").attr("data-criteria", String.join(" ", item.criteria()));
        QtiStem.write(xml, item.stem(), href);
        xml.close();
        interaction(xml, item.answer(), arranged);
        xml.close();
        scoring.processing(xml);
        return xml.close().bytes();
    }

    private static void interaction(QtiXml xml, Answer answer, List<List<String>> arranged) {
        if (answer instanceof Choice choice) {
            choices(xml, choice.multiple() ? "0" : "1", ordered(choice.candidateView().options(), arranged, 0));
        } else if (answer instanceof TrueFalse) {
            choices(xml, "1", TRUTH);
        } else if (answer instanceof Matching matching) {
            List<Labelled> premises = ordered(matching.candidateView().premises(), arranged, 0);
            xml.open("qti-match-interaction").attr("response-identifier", QtiScoring.RESPONSE)
                    .attr("max-associations", String.valueOf(premises.size())).attr("shuffle", "false");
            matchSet(xml, premises, "1");
            matchSet(xml, ordered(matching.candidateView().responses(), arranged, 1), "0");
            xml.close();
        } else if (answer instanceof Ordering ordering) {
            xml.open("qti-order-interaction").attr("response-identifier", QtiScoring.RESPONSE)
                    .attr("shuffle", "false");
            ordered(ordering.candidateView().elements(), arranged, 0)
                    .forEach(e -> xml.openMixed("qti-simple-choice").attr("identifier", e.id()).text(e.text())
                            .close());
            xml.close();
        } else {
            ShortAnswer shortAnswer = (ShortAnswer) answer;
            xml.openMixed("p").empty("qti-text-entry-interaction").attr("response-identifier", QtiScoring.RESPONSE)
                    .attr("expected-length", shortAnswer.numeric() ? "10" : "40").close();
        }
    }

    private static void choices(QtiXml xml, String maxChoices, List<Labelled> options) {
        xml.open("qti-choice-interaction").attr("response-identifier", QtiScoring.RESPONSE)
                .attr("max-choices", maxChoices).attr("shuffle", "false");
        options.forEach(o -> xml.openMixed("qti-simple-choice").attr("identifier", o.id()).text(o.text()).close());
        xml.close();
    }

    private static void matchSet(QtiXml xml, List<Labelled> choices, String matchMax) {
        xml.open("qti-simple-match-set");
        choices.forEach(c -> xml.openMixed("qti-simple-associable-choice").attr("identifier", c.id())
                .attr("match-max", matchMax).text(c.text()).close());
        xml.close();
    }

    /** The texts in the order the variant shows group {@code group}; in their own order when it arranges none. */
    private static List<Labelled> ordered(List<Labelled> texts, List<List<String>> arranged, int group) {
        if (arranged.size() <= group) {
            return texts;
        }
        Map<String, Labelled> byId = texts.stream().collect(Collectors.toMap(Labelled::id, Function.identity()));
        return arranged.get(group).stream().map(byId::get).toList();
    }
}
