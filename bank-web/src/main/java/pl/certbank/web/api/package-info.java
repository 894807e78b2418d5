/**
 * The REST API's frame: the JAX-RS application at /bank/api, authentication of API callers (HTTP Basic, 401 as
 * problem+json) and the mapping of every error to application/problem+json (RFC 9457).
 */
package pl.certbank.web.api;
