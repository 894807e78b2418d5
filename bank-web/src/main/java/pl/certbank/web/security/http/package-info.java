/**
 * HTTP-level guards in front of the servlets, installed by {@link pl.certbank.web.security.http.ThrottlingExtension}:
 * the ceiling on any request body ({@code RequestSizes}: 413 problem before Undertow's empty 400), and sign-in
 * throttling before Elytron ({@code SignInThrottling}): it asks {@link pl.certbank.security.boundary.SignIns} whether
 * an attempt must wait (429 with Retry-After, or the login page saying so) and reports how each attempt ended.
 * Elytron's own brute-force lock, which any anonymous caller could turn against any account, is switched off
 * (configure.cli); docs/adr/0009 has the policy.
 */
package pl.certbank.web.security.http;
