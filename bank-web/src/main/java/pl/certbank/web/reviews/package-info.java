/** Review over REST (/bank/api/v1/reviews) and the reviewers' queue page. */
package pl.certbank.web.reviews;
