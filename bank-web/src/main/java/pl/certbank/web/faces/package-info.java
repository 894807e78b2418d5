/**
 * What every page shares: the language of the UI (Polish by default, English on request; labels in
 * pl/certbank/web/i18n/messages*.properties), messages in that language, the one JSF translation of domain refusals,
 * and the one way dates are shown.
 */
package pl.certbank.web.faces;
