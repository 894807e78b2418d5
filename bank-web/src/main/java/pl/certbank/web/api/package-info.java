/**
 * What every REST resource shares: the JAX-RS application at /bank/api, authentication of API callers (HTTP Basic,
 * 401 as problem+json), the If-Match revision a write names, and the one mapping of every error to
 * application/problem+json (RFC 9457): a domain refusal gets the status of its kind (docs/adr/0007).
 */
package pl.certbank.web.api;
