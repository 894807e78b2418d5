/**
 * How the domain says no. A {@link pl.certbank.refusals.Refusal} carries its {@link pl.certbank.refusals.Kind} (not
 * found, wrong state, stale, invalid, forbidden by a rule, ...), a {@link pl.certbank.refusals.Reason} with its English
 * text and bundle key, the arguments of that text, and for invalid content the broken rules as
 * {@link pl.certbank.refusals.FieldError}s. Every component declares its reasons as an enum implementing
 * {@link pl.certbank.refusals.Reason}; one JAX-RS mapper turns any refusal into problem+json with the status of its kind,
 * and one JSF translator shows it in the user's language. A new refusal is one enum constant (and its bundle texts).
 */
package pl.certbank.refusals;
