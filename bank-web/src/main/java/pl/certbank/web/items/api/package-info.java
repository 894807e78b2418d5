/**
 * Items over REST: /bank/api/v1/items (search, read with ETag, write with If-Match, lifecycle, relations, bulk,
 * quality check) and /bank/api/v1/images. Payloads are records named for their role (ItemView, VersionView,
 * ItemSummaryView); a client's item is read from its JSON by {@link pl.certbank.web.items.api.ItemInput}.
 */
package pl.certbank.web.items.api;
