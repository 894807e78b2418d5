/**
 * Item types as the unit of change: one record per kind of answer ({@link pl.certbank.items.entity.answers.Choice} for
 * single and multiple response, {@link pl.certbank.items.entity.answers.TrueFalse},
 * {@link pl.certbank.items.entity.answers.Matching}, {@link pl.certbank.items.entity.answers.Ordering},
 * {@link pl.certbank.items.entity.answers.ShortAnswer}), each owning its structural rules, its key, what a candidate
 * may see of it (with stable ids, never the key), the shape of a candidate's response, how a response is scored, and
 * its texts for search, quality checks and version comparison. {@link pl.certbank.items.entity.answers.AnswerJson} is
 * the one converter between an answer and its stored JSON. A new type is a new record here, its constant in
 * {@link pl.certbank.items.entity.ItemType} and its name in {@link pl.certbank.items.entity.answers.Answer}'s
 * {@code permits}; docs/adr/0007-item-types-scoring-and-refusals.md says what each type scores and why.
 */
package pl.certbank.items.entity.answers;
