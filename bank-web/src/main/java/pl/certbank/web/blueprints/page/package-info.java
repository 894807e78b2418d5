/**
 * The blueprint pages: the list, and the editor with the framework tree, live supply counts per cell, the
 * feasibility diagnosis and the button that starts an assembly run.
 */
package pl.certbank.web.blueprints.page;
