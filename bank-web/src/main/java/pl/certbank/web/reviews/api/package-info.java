/** Review over REST: /bank/api/v1/reviews (queue, approve, return, comment threads). */
package pl.certbank.web.reviews.api;
