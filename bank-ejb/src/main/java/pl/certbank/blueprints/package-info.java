/**
 * Blueprints: what every form of a test must hold (length, time, pass mark, bounds per outcome set, learning outcome,
 * criterion and item type, a difficulty band, how many parallel forms, how much they may overlap, the scoring). A
 * blueprint is versioned like an item: an edit writes a new immutable {@code BlueprintVersion}, and a form records the
 * version it was assembled from, so a form can always be checked against the rules it was built to. The rules are one
 * value ({@code BlueprintRules}), stored as JSON through {@code BlueprintRulesJson} and turned into the solver's terms
 * by the assembly component, which depends on this one (never the other way round).
 */
package pl.certbank.blueprints;
