/**
 * Delivering published forms to exam centres and scoring what candidates answer (issue 10, in progress). Scoring reads
 * only a published snapshot: each item's own {@link pl.certbank.items.entity.answers.Answer#score} with the snapshot's
 * rule, summed per criterion, learning outcome, outcome set and in total by {@code control.ResultSheet}, which also
 * names where a candidate fell short, for the written justification of a negative result.
 */
package pl.certbank.delivery;
