/**
 * The audit trail: every state change and edit of an item (actor, time, item, version, before → after), written in
 * the same transaction as the change and readable by administrators only.
 */
package pl.certbank.audit;
