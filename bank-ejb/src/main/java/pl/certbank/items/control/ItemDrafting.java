package pl.certbank.items.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import pl.certbank.items.entity.Answer;
import pl.certbank.items.entity.Item;
import pl.certbank.items.entity.ItemContent;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.qualifications.entity.Criterion;

/**
 * Prepares what an author submitted for storing: sanitises the HTML, refuses structural errors with every reason,
 * resolves criterion codes within the item's qualification, and writes the version.
 */
@Dependent
public class ItemDrafting {

    @PersistenceContext
    EntityManager em;

    /** Sanitised content: stem HTML cleaned, texts trimmed. */
    public static ItemContent clean(ItemContent content) {
        return content.withStem(StemSanitizer.sanitise(content.stem()));
    }

    public ItemVersion write(Item item, ItemContent submitted, String actor) {
        ItemContent content = clean(submitted);
        List<ItemError> errors = new ArrayList<>(ItemValidation.violations(content));
        List<Criterion> criteria = criteria(item.getQualification().getCode(), content.criteria(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidItem(errors);
        }
        String plain = PlainText.of(content.stem());
        return item.revise(content, AnswerJson.write(content.answer()), criteria, actor, plain,
                searchWords(plain, content.answer()));
    }

    private List<Criterion> criteria(String qualification, Set<String> codes, List<ItemError> errors) {
        if (codes.isEmpty()) {
            return List.of();
        }
        List<Criterion> found = em.createQuery("SELECT c FROM Criterion c WHERE c.code IN :codes "
                + "AND c.outcome.outcomeSet.qualification.code = :q", Criterion.class)
                .setParameter("codes", List.copyOf(codes)).setParameter("q", qualification).getResultList();
        Set<String> unknown = new TreeSet<>(codes);
        found.forEach(c -> unknown.remove(c.getCode()));
        if (!unknown.isEmpty()) {
            errors.add(ItemError.of("criteria", ItemError.Rule.UNKNOWN_CRITERIA, String.join(", ", unknown),
                    qualification));
        }
        return found;
    }

    /** The folded words of the stem and all answer texts: what full-text search finds the item by. */
    public static Set<String> searchWords(String plainStem, Answer answer) {
        Stream<String> answerTexts = Stream.of(
                answer.options().stream().map(Answer.Option::text),
                answer.pairs().stream().flatMap(p -> Stream.of(p.premise(), p.response())),
                answer.distractors().stream(), answer.sequence().stream(), answer.accepted().stream())
                .flatMap(s -> s);
        return Stream.concat(Stream.of(plainStem), answerTexts).map(PlainText::of)
                .flatMap(text -> PlainText.words(text).stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
