/**
 * The assembly run page: live progress (incumbent and bound over time), then the coverage matrix per form, the
 * forms' difficulty and type mix as charts, the overlap matrix, swaps and accepting the forms as drafts.
 */
package pl.certbank.web.assembly.page;
