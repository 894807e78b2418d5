package pl.certbank.items.entity;

/** The expert's judgement of difficulty, before statistics from real tests replace it. */
public enum Difficulty {
    EASY,
    MEDIUM,
    HARD
}
