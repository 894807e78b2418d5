/**
 * Sign-in throttling in front of Elytron: an Undertow handler that runs before authentication, asks
 * {@link pl.certbank.security.boundary.SignIns} whether an attempt must wait (429 with Retry-After, or the login page
 * saying so) and reports how each attempt ended. Elytron's own brute-force lock, which any anonymous caller could turn
 * against any account, is switched off (configure.cli); docs/adr/0009 has the policy.
 */
package pl.certbank.web.security.http;
