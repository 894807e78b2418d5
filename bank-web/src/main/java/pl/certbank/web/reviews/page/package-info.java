/** The reviewers' pages: reviews/queue.xhtml and reviews/item.xhtml (the version with its key and comments). */
package pl.certbank.web.reviews.page;
