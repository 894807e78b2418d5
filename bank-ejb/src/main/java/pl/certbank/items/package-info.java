/**
 * Theory-test items. An item has a stable identity and a chain of immutable versions; each version holds the whole
 * content (type, sanitised stem, answer with its key, criteria tags, metadata). Lifecycle DRAFT → IN_REVIEW →
 * APPROVED → RETIRED lives on the item, with the version it applies to; forms will pin exact versions. Structural
 * errors (per type) block a save; quality checks only warn, each with its reason. Stems show images only from the
 * bank's own store (PNG, JPEG, GIF, WebP proved by their bytes, at most 2 MiB, never changed once uploaded).
 * Search reads copies of the latest version's facts kept beside the item (its row, {@code item_criterion},
 * {@code item_word}), so that a page stays an index walk at 100,000 items (docs/adr/0005).
 */
package pl.certbank.items;
