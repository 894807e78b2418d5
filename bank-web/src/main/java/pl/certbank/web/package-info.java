/**
 * The web boundary, one package per component and within it {@code api} (JAX-RS resources and their payload records)
 * and {@code page} (JSF backing beans and page models); shared pieces in {@link pl.certbank.web.api} and
 * {@link pl.certbank.web.faces} (docs/adr/0008). Everything here is thin: it translates, validates input and calls a
 * boundary of bank-ejb.
 */
package pl.certbank.web;
