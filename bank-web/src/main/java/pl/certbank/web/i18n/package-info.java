/** The language of the UI: Polish by default, English on request; labels live in messages*.properties. */
package pl.certbank.web.i18n;
