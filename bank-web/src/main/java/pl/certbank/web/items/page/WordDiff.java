package pl.certbank.web.items.page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A word-level diff (longest common subsequence) rendered as escaped HTML with del/ins marks. */
final class WordDiff {

    private static final int MAX_WORDS = 600;

    private WordDiff() {
    }

    static String html(String left, String right) {
        List<String> a = words(left);
        List<String> b = words(right);
        if (a.size() > MAX_WORDS || b.size() > MAX_WORDS) {
            return null;
        }
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.append(escape(a.get(i++))).append(' ');
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.append("<del>").append(escape(a.get(i++))).append("</del> ");
            } else {
                out.append("<ins>").append(escape(b.get(j++))).append("</ins> ");
            }
        }
        return out.toString().strip();
    }

    private static List<String> words(String text) {
        return text.isBlank() ? List.of() : new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
