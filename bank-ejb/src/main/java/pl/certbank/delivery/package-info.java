/**
 * Delivering published forms to exam centres and scoring what candidates answer. Exam centres are exam clients with a
 * hashed secret and short-lived HMAC bearer tokens ({@code control.DeliveryTokens}); sessions open a snapshot to one
 * centre for a window; a variant's payload is served as the bytes built at publication; a candidate may get a variant
 * of their own ({@code entity.PersonalVariant}). Submissions are idempotent by attempt id and scored on the server from
 * the snapshot ({@code control.Scoring}, {@code control.ResultSheet}) with the errata in sequence; scores are appended,
 * never replaced; a negative result's justification names the sets, outcomes and criteria that fell short
 * ({@code control.Justification}, {@code control.JustificationPdf}); an appeal replays the attempt from the snapshot
 * and the seed ({@code boundary.Results#replay}). docs/adr/0012.
 */
package pl.certbank.delivery;
