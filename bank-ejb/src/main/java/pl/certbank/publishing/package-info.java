/**
 * Publishing test forms (issue 10, in progress): a frozen form becomes an immutable, hashed snapshot, and every
 * variant of it (A, B, ... or one per candidate) is a reproducible arrangement from a stored seed
 * ({@code control.Variants}), so that what a candidate saw can be replayed exactly for an appeal, years later, from
 * the snapshot and the seed alone. A snapshot's content hash is SHA-256 over its RFC 8785 canonical JSON
 * ({@code control.SnapshotHash}).
 */
package pl.certbank.publishing;
