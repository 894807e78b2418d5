package pl.certbank.items.control;

import java.util.List;
import java.util.Set;
import pl.certbank.items.entity.PlainText;

/**
 * Words as the quality checks compare them: folded, stripped of stop words, and reduced to a crude stem so that
 * Polish inflection ("klienta", "klientowi", "klientem") does not hide a repeated word.
 */
final class Words {

    /**
     * Polish inflection mostly changes the ending, and five letters still keep CRM/RODO terms apart ("klien-",
     * "przet-", "admin-"); short words ("zgoda"/"zgody") stay exact. A real stemmer would be a dependency for little
     * gain in warnings that only advise.
     */
    static final int STEM_LENGTH = 5;

    /**
     * Folded words that carry no subject matter: question scaffolding ("ktory", "wskaz", "which") and function
     * words. Only words of three letters or more are listed, because the checks already skip shorter words. Kept small
     * on purpose: a word missing here costs one extra warning, a subject word listed by mistake hides a real finding.
     */
    private static final Set<String> STOP_WORDS = Set.of(
            // Polish: question scaffolding
            "ktory", "ktora", "ktore", "ktorego", "ktorej", "ktoremu", "ktorym", "ktorych", "ktorymi", "ktorzy",
            "jaki", "jaka", "jakie", "jakiego", "jakiej", "jakim", "jakich", "jakimi", "czego", "czym",
            "wskaz", "wybierz", "zaznacz", "podaj", "odpowiedz", "odpowiedzi", "ponizej", "ponizszych", "ponizsze",
            "ponizszy", "powyzej", "powyzszych", "powyzsze", "sposrod", "prawidlowa", "prawidlowe", "prawidlowo",
            "poprawna", "poprawne", "poprawnie", "prawda", "falsz", "stwierdzenie", "zdanie",
            // Polish: function words and auxiliaries
            "jest", "jestes", "byla", "bylo", "byly", "bedzie", "beda", "moze", "moga", "mozna", "musi", "musza",
            "nalezy", "powinien", "powinna", "powinno", "powinni", "dotyczy", "oznacza", "oraz", "albo", "czyli",
            "takze", "rowniez", "przez", "przy", "podczas", "jako", "jego", "tego", "temu", "tych",
            "tylko", "jesli", "jezeli", "kiedy", "gdzie", "dlaczego", "dlatego", "taki", "taka", "takie", "kazdy",
            "kazda", "kazde", "wszystkie", "wszystkich", "sobie", "swoje", "swoich", "jakis", "ktos", "wtedy",
            "zawiera", "oznaczaja", "sie", "czy", "dla", "jak", "ilu", "lub", "ich", "jej", "tak", "ten", "tej", "kto",
            "gdy", "aby",
            "pod", "nad", "bez", "nie", "ale", "ani", "tym", "tam",
            // English
            "the", "and", "for", "are", "how", "who", "why", "can", "not", "its", "you",
            "which", "what", "when", "where", "that", "this", "these", "those", "with", "from", "have", "does",
            "should", "would", "could", "following", "best", "most", "about", "into", "your", "their", "there",
            "then", "than", "been", "being", "were", "will", "shall", "must", "other", "also", "only", "true",
            "false", "statement", "correct", "answer", "select", "choose");

    private Words() {
    }

    /** Folded words of the HTML's visible text that are at least {@code minLength} long and not stop words. */
    static List<String> meaningful(String html, int minLength) {
        return PlainText.words(PlainText.of(html)).stream()
                .filter(word -> word.length() >= minLength && !STOP_WORDS.contains(word))
                .toList();
    }

    /** The first {@value #STEM_LENGTH} letters of a long folded word; a shorter word is its own stem. */
    static String stem(String foldedWord) {
        return foldedWord.length() >= STEM_LENGTH ? foldedWord.substring(0, STEM_LENGTH) : foldedWord;
    }
}
