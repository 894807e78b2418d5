/**
 * /bank/api/v1/assembly-runs and /bank/api/v1/forms: queue a run (202 with Location), follow its progress, read its
 * forms, the LP model, swap items, accept the forms as drafts, and read forms.
 */
package pl.certbank.web.assembly.api;
