package pl.certbank.publishing.control;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Variants of a form from seeds. The same seed and form always give the same variant, on any JVM and in any year:
 * {@link Random}'s generator is specified by the Java SE API (a 48-bit linear congruential generator, not an
 * implementation detail), and the shuffle is a Fisher–Yates written out here rather than {@code Collections.shuffle},
 * whose use of the generator is not part of its contract. Item order and every arrangeable group of every item (see
 * {@link pl.certbank.items.entity.answers.AnswerView#arrangeable()}) are drawn from one generator in a fixed order:
 * first the items, then the groups item by item in form order.
 */
public final class Variants {

    private static final SecureRandom SEEDS = new SecureRandom();

    private Variants() {
    }

    /** A fresh seed for a new variant, stored with it. */
    public static long newSeed() {
        return SEEDS.nextLong();
    }

    /**
     * The variant {@code name} of a form whose items offer {@code arrangeable} groups (one list of groups per item, in
     * form order; an empty list for an item with nothing to arrange).
     */
    public static Variant of(String name, long seed, List<List<List<String>>> arrangeable) {
        Random random = new Random(seed);
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < arrangeable.size(); i++) {
            items.add(i);
        }
        shuffle(items, random);
        List<List<List<String>>> arrangements = new ArrayList<>();
        for (List<List<String>> groups : arrangeable) {
            List<List<String>> arranged = new ArrayList<>();
            for (List<String> group : groups) {
                List<String> ids = new ArrayList<>(group);
                shuffle(ids, random);
                arranged.add(ids);
            }
            arrangements.add(arranged);
        }
        return new Variant(name, seed, items, arrangements);
    }

    /** The names of variants and of positions: A, B, ..., Z, AA, AB, ... */
    public static String name(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a variant index is never negative: " + index);
        }
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    private static <T> void shuffle(List<T> list, Random random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T swap = list.get(i);
            list.set(i, list.get(j));
            list.set(j, swap);
        }
    }
}
