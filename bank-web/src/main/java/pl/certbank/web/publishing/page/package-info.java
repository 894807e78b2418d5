/** Pages of publishing: the forms with their lifecycle actions, and a variant as a candidate sees it. */
package pl.certbank.web.publishing.page;
