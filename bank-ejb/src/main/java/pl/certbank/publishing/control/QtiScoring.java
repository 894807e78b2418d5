package pl.certbank.publishing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import pl.certbank.items.entity.answers.Answer;
import pl.certbank.items.entity.answers.Choice;
import pl.certbank.items.entity.answers.Labelled;
import pl.certbank.items.entity.answers.Matching;
import pl.certbank.items.entity.answers.Ordering;
import pl.certbank.items.entity.answers.ScoringRule;
import pl.certbank.items.entity.answers.ShortAnswer;
import pl.certbank.items.entity.answers.TrueFalse;

/**
 * How an item scores, in QTI: the response declaration with the key as its correct response, SCORE and MAXSCORE, and
 * explicit response processing (no template a player would have to fetch). A correct response earns the rule's
 * points and anything else 0; with partial credit, a multiple response and a matching earn their share through a
 * {@code qti-mapping} (each key option or pair worth points / keys, each wrong option as much off, never below 0), and
 * an ordering the share of elements in their place, position by position: {@code qti-index} with {@code n} naming
 * the outcome POSITION, set before each look, since qti3-item-player (certified, and the one we test with) reads
 * {@code n} only as a variable reference and takes a literal "2" for an undeclared variable. Shares are written with 10 decimal places,
 * so a player's sum can differ from CertBank's (4 places, rounded once) in the last place.
 */
final class QtiScoring {

    static final String RESPONSE = "RESPONSE";
    /** The position an ordering's partial credit looks at (see the class comment). */
    static final String POSITION = "POSITION";
    private static final int SHARE_SCALE = 10;

    private final Answer answer;
    private final ScoringRule rule;

    QtiScoring(Answer answer, ScoringRule rule) {
        this.answer = answer;
        this.rule = rule;
    }

    void declarations(QtiXml xml) {
        xml.open("qti-response-declaration").attr("identifier", RESPONSE).attr("cardinality", cardinality())
                .attr("base-type", baseType());
        xml.open("qti-correct-response");
        correct().forEach(value -> xml.leaf("qti-value", value));
        xml.close();
        if (mapped()) {
            mapping(xml);
        }
        xml.close();
        outcome(xml, "SCORE", BigDecimal.ZERO);
        outcome(xml, "MAXSCORE", rule.points());
        if (rule.partialCredit() && answer instanceof Ordering) {
            xml.open("qti-outcome-declaration").attr("identifier", POSITION).attr("cardinality", "single")
                    .attr("base-type", "integer").close();
        }
    }

    void processing(QtiXml xml) {
        xml.open("qti-response-processing");
        if (rule.partialCredit() && answer instanceof Ordering ordering) {
            List<String> key = ordering.key().order();
            setScore(xml, BigDecimal.ZERO);
            for (int i = 0; i < key.size(); i++) {
                xml.open("qti-set-outcome-value").attr("identifier", POSITION);
                value(xml, "integer", String.valueOf(i + 1)).close();
                xml.open("qti-response-condition").open("qti-response-if").open("qti-match");
                xml.open("qti-index").attr("n", POSITION).empty("qti-variable").attr("identifier", RESPONSE)
                        .close();
                value(xml, "identifier", key.get(i)).close();
                xml.open("qti-set-outcome-value").attr("identifier", "SCORE").open("qti-sum");
                xml.empty("qti-variable").attr("identifier", "SCORE");
                value(xml, "float", number(share(key.size()))).close().close();
                xml.close().close();
            }
        }
        xml.open("qti-response-condition").open("qti-response-if");
        correctness(xml);
        setScore(xml, rule.points());
        xml.close();
        if (!(rule.partialCredit() && answer instanceof Ordering)) {
            xml.open("qti-response-else");
            if (mapped()) {
                xml.open("qti-set-outcome-value").attr("identifier", "SCORE");
                xml.empty("qti-map-response").attr("identifier", RESPONSE).close();
            } else {
                setScore(xml, BigDecimal.ZERO);
            }
            xml.close();
        }
        xml.close().close();
    }

    /** Whether partial credit is a mapping: multiple response and matching. */
    private boolean mapped() {
        return rule.partialCredit() && (answer instanceof Choice choice && choice.multiple()
                || answer instanceof Matching);
    }

    /** The expression true when the response earns every point. */
    private void correctness(QtiXml xml) {
        if (answer instanceof ShortAnswer shortAnswer) {
            xml.open("qti-or");
            java.util.Set<String> patterns = new java.util.HashSet<>();
            for (String accepted : shortAnswer.accepted()) {
                if (!shortAnswer.numeric() && !patterns.add(QtiTextPattern.of(accepted, rule.foldText()))) {
                    continue; // "Łódź" and "Lodz" fold alike: one pattern accepts both
                }
                if (shortAnswer.numeric()) {
                    BigDecimal tolerance = shortAnswer.tolerance();
                    xml.open("qti-equal");
                    if (tolerance == null || tolerance.signum() == 0) {
                        xml.attr("tolerance-mode", "exact");
                    } else {
                        xml.attr("tolerance-mode", "absolute").attr("tolerance", number(tolerance))
                                .attr("include-lower-bound", "true").attr("include-upper-bound", "true");
                    }
                    xml.empty("qti-variable").attr("identifier", RESPONSE);
                    value(xml, "float", numeric(accepted)).close();
                } else {
                    xml.open("qti-pattern-match").attr("pattern", QtiTextPattern.of(accepted, rule.foldText()));
                    xml.empty("qti-variable").attr("identifier", RESPONSE).close();
                }
            }
            xml.close();
            return;
        }
        xml.open("qti-match").empty("qti-variable").attr("identifier", RESPONSE);
        xml.empty("qti-correct").attr("identifier", RESPONSE).close();
    }

    private void mapping(QtiXml xml) {
        xml.open("qti-mapping").attr("lower-bound", "0").attr("upper-bound", number(rule.points()))
                .attr("default-value", "0");
        if (answer instanceof Choice choice) {
            List<String> keys = correct();
            BigDecimal share = share(keys.size());
            for (Labelled option : choice.candidateView().options()) {
                BigDecimal mapped = keys.contains(option.id()) ? share : share.negate();
                xml.empty("qti-map-entry").attr("map-key", option.id()).attr("mapped-value", number(mapped));
            }
        } else {
            List<String> pairs = correct();
            for (String pair : pairs) {
                xml.empty("qti-map-entry").attr("map-key", pair).attr("mapped-value",
                        number(share(pairs.size())));
            }
        }
        xml.close();
    }

    private String cardinality() {
        if (answer instanceof Choice choice) {
            return choice.multiple() ? "multiple" : "single";
        }
        if (answer instanceof Matching) {
            return "multiple";
        }
        return answer instanceof Ordering ? "ordered" : "single";
    }

    private String baseType() {
        if (answer instanceof Matching) {
            return "directedPair";
        }
        if (answer instanceof ShortAnswer shortAnswer) {
            return shortAnswer.numeric() ? "float" : "string";
        }
        return "identifier";
    }

    /** The key as QTI values: option ids, "true"/"false", "p1 r2" pairs, element ids in order, an accepted text. */
    List<String> correct() {
        if (answer instanceof Choice choice) {
            return List.copyOf(choice.key().selected().stream().sorted().toList());
        }
        if (answer instanceof TrueFalse trueFalse) {
            return List.of(String.valueOf(trueFalse.key().answer()));
        }
        if (answer instanceof Matching matching) {
            List<String> pairs = new ArrayList<>();
            matching.key().matches().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> pairs.add(e.getKey() + " " + e.getValue()));
            return pairs;
        }
        if (answer instanceof Ordering ordering) {
            return ordering.key().order();
        }
        ShortAnswer shortAnswer = (ShortAnswer) answer;
        String first = shortAnswer.key().text();
        return List.of(shortAnswer.numeric() ? numeric(first) : first);
    }

    private static void outcome(QtiXml xml, String identifier, BigDecimal initial) {
        xml.open("qti-outcome-declaration").attr("identifier", identifier).attr("cardinality", "single")
                .attr("base-type", "float");
        xml.open("qti-default-value").leaf("qti-value", number(initial)).close().close();
    }

    private static void setScore(QtiXml xml, BigDecimal points) {
        xml.open("qti-set-outcome-value").attr("identifier", "SCORE");
        value(xml, "float", number(points)).close();
    }

    private static QtiXml value(QtiXml xml, String baseType, String value) {
        return xml.openMixed("qti-base-value").attr("base-type", baseType).text(value).close();
    }

    private BigDecimal share(int parts) {
        return rule.points().divide(BigDecimal.valueOf(parts), SHARE_SCALE, RoundingMode.HALF_EVEN);
    }

    /** An accepted number as QTI writes a float: a decimal point, never a comma. */
    private static String numeric(String text) {
        return number(new BigDecimal(text.strip().replace(',', '.')));
    }

    private static String number(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
