package pl.certbank.items.entity;

/** Bloom's revised taxonomy, the levels a theory test item can reach. */
public enum CognitiveLevel {
    REMEMBER,
    UNDERSTAND,
    APPLY,
    ANALYZE,
    EVALUATE,
    CREATE
}
