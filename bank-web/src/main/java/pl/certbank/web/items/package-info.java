/**
 * Items over REST (/bank/api/v1/items) and the experts' pages: list with filters, editor, history with diff, review
 * queue and coverage. Payloads are records named for their role (ItemInput, ItemView, ItemSummaryView).
 */
package pl.certbank.web.items;
