/**
 * The web boundary: JAX-RS resources under /bank/api and JSF backing beans, one package per component
 * (qualifications, ...). Everything here is thin: it translates, validates input and calls a boundary of bank-ejb.
 */
package pl.certbank.web;
