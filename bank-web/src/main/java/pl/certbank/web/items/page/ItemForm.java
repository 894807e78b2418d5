package pl.certbank.web.items.page;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import pl.certbank.items.entity.CognitiveLevel;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemType;
import pl.certbank.web.items.page.answers.AnswerEditor;
import pl.certbank.web.items.page.answers.AnswerEditors;

/**
 * What the author is editing, as fields the page can bind to; turned into {@link ItemContent} to check or save. The
 * answer has one editor per kind ({@link #getEditors()}), so switching the type and back keeps what was typed; the
 * type's kind decides which one the content takes.
 */
public class ItemForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private ItemType type = ItemType.SINGLE_CHOICE;
    private String stem = "";
    private Map<String, AnswerEditor> editors;
    private String rationale;
    private Set<String> criteria = new TreeSet<>();
    private Difficulty difficulty;
    private Double difficultyEstimate;
    private CognitiveLevel cognitiveLevel;
    private String keywords = "";
    private String source;
    private String language = "pl";

    public static ItemForm blank(AnswerEditors answerEditors) {
        ItemForm form = new ItemForm();
        form.editors = answerEditors.editorsFor(null);
        return form;
    }

    public static ItemForm of(ItemContent c, AnswerEditors answerEditors) {
        ItemForm form = new ItemForm();
        form.type = c.type();
        form.stem = c.stem();
        form.editors = answerEditors.editorsFor(c.answer());
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

    /** The content, with the answer the type's editor holds. */
    public ItemContent toContent() {
        ItemType chosen = type == null ? ItemType.SINGLE_CHOICE : type;
        return new ItemContent(stem, editors.get(chosen.kind()).answer(chosen), blankToNull(rationale), criteria,
                difficulty, difficultyEstimate, cognitiveLevel,
                Arrays.stream(keywords == null ? new String[0] : keywords.split("[,;]")).map(String::strip)
                        .filter(k -> !k.isEmpty()).toList(),
                blankToNull(source), language);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The kind whose editor the page shows. */
    public String getKind() {
        return (type == null ? ItemType.SINGLE_CHOICE : type).kind();
    }

    /** The answer editors by kind; the page's fragments bind to {@code editors['choice']} and so on. */
    public Map<String, AnswerEditor> getEditors() {
        return editors;
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
