package pl.certbank.web.items;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;

/**
 * What the author is editing, as fields the page can bind to; turned into {@link ItemContent} to check or save. List
 * answers (ordering, distractors, accepted variants) are one entry per line.
 */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ItemType type = ItemType.SINGLE_CHOICE;
    private String stem = "";
    private final List<Choice> options = new ArrayList<>();
    private Boolean truth;
    private final List<Match> pairs = new ArrayList<>();
    private String distractors = "";
    private String sequence = "";
    private String accepted = "";
    private boolean numeric;
    private BigDecimal tolerance;
    private String rationale;
    private Set<String> criteria = new TreeSet<>();
    private Difficulty difficulty;
    private Double difficultyEstimate;
    private CognitiveLevel cognitiveLevel;
    private String keywords = "";
    private String source;
    private String language = "pl";

    /** An option of a choice item. */
    public static class Choice implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text = "";
        private boolean correct;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
    }

    /** A matching pair. */
    public static class Match implements Serializable {
        private static final long serialVersionUID = 1L;
        private String premise = "";
        private String response = "";

        public String getPremise() {
            return premise;
        }

        public void setPremise(String premise) {
            this.premise = premise;
        }

        public String getResponse() {
            return response;
        }

        public void setResponse(String response) {
            this.response = response;
        }
    }

    public static ItemForm blank() {
        ItemForm form = new ItemForm();
        for (int i = 0; i < 4; i++) {
            form.addOption();
        }
        form.addPair();
        form.addPair();
        return form;
    }

    public static ItemForm of(ItemContent c) {
        ItemForm form = new ItemForm();
        form.type = c.type();
        form.stem = c.stem();
        Answer a = c.answer();
        a.options().forEach(o -> {
            Choice choice = new Choice();
            choice.text = o.text();
            choice.correct = o.correct();
            form.options.add(choice);
        });
        form.truth = a.truth();
        a.pairs().forEach(p -> {
            Match match = new Match();
            match.premise = p.premise();
            match.response = p.response();
            form.pairs.add(match);
        });
        form.distractors = String.join("\n", a.distractors());
        form.sequence = String.join("\n", a.sequence());
        form.accepted = String.join("\n", a.accepted());
        form.numeric = a.numeric();
        form.tolerance = a.tolerance();
        form.rationale = c.rationale();
        form.criteria = new TreeSet<>(c.criteria());
        form.difficulty = c.difficulty();
        form.difficultyEstimate = c.difficultyEstimate();
        form.cognitiveLevel = c.cognitiveLevel();
        form.keywords = String.join(", ", c.keywords());
        form.source = c.source();
        form.language = c.language();
        return form;
    }

    /** The content with only the answer fields the type uses. */
    public ItemContent toContent() {
        Answer answer = switch (type == null ? ItemType.SINGLE_CHOICE : type) {
            case SINGLE_CHOICE, MULTIPLE_RESPONSE -> Answer.choice(options.stream()
                    .map(o -> new Answer.Option(o.text == null ? "" : o.text.strip(), o.correct)).toList());
            case TRUE_FALSE -> new Answer(null, truth, null, null, null, null, false, null);
            case MATCHING -> Answer.matching(pairs.stream()
                    .map(p -> new Answer.Pair(strip(p.premise), strip(p.response))).toList(), lines(distractors));
            case ORDERING -> Answer.ordering(lines(sequence));
            case SHORT_ANSWER -> Answer.shortAnswer(lines(accepted), numeric, numeric ? tolerance : null);
        };
        return new ItemContent(type, stem, answer, blankToNull(rationale), criteria, difficulty, difficultyEstimate,
                cognitiveLevel, Arrays.stream(keywords == null ? new String[0] : keywords.split("[,;]"))
                        .map(String::strip).filter(k -> !k.isEmpty()).toList(),
                blankToNull(source), language);
    }

    public void addOption() {
        options.add(new Choice());
    }

    public void removeOption(Choice choice) {
        options.remove(choice);
    }

    public void addPair() {
        pairs.add(new Match());
    }

    public void removePair(Match match) {
        pairs.remove(match);
    }

    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isChoice() {
        return type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_RESPONSE;
    }

    public ItemType getType() {
        return type;
    }

    public void setType(ItemType type) {
        this.type = type;
    }

    public String getStem() {
        return stem;
    }

    public void setStem(String stem) {
        this.stem = stem;
    }

    public List<Choice> getOptions() {
        return options;
    }

    public Boolean getTruth() {
        return truth;
    }

    public void setTruth(Boolean truth) {
        this.truth = truth;
    }

    public List<Match> getPairs() {
        return pairs;
    }

    public String getDistractors() {
        return distractors;
    }

    public void setDistractors(String distractors) {
        this.distractors = distractors;
    }

    public String getSequence() {
        return sequence;
    }

    public void setSequence(String sequence) {
        this.sequence = sequence;
    }

    public String getAccepted() {
        return accepted;
    }

    public void setAccepted(String accepted) {
        this.accepted = accepted;
    }

    public boolean isNumeric() {
        return numeric;
    }

    public void setNumeric(boolean numeric) {
        this.numeric = numeric;
    }

    public BigDecimal getTolerance() {
        return tolerance;
    }

    public void setTolerance(BigDecimal tolerance) {
        this.tolerance = tolerance;
    }

    public String getRationale() {
        return rationale;
    }

    public void setRationale(String rationale) {
        this.rationale = rationale;
    }

    public Set<String> getCriteria() {
        return criteria;
    }

    public void setCriteria(Set<String> criteria) {
        this.criteria = criteria;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public Double getDifficultyEstimate() {
        return difficultyEstimate;
    }

    public void setDifficultyEstimate(Double difficultyEstimate) {
        this.difficultyEstimate = difficultyEstimate;
    }

    public CognitiveLevel getCognitiveLevel() {
        return cognitiveLevel;
    }

    public void setCognitiveLevel(CognitiveLevel cognitiveLevel) {
        this.cognitiveLevel = cognitiveLevel;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
