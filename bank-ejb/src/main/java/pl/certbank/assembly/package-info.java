/**
 * Assembling parallel test forms from approved items (docs/adr/0010). A blueprint version and the bank's candidates
 * ({@code control.ItemPool}) become a {@code control.Demand}; {@code control.Feasibility} checks cheap necessary
 * conditions per cell; {@code control.AssemblyModel} is van der Linden's 0-1 model over all forms at once, solved by
 * {@code control.CpSatAssembly} (OR-Tools CP-SAT, a server module) or written as an LP file; {@code control.FormsCheck}
 * re-checks every result without the solver. {@code boundary.AssemblyRuns} queues runs that {@code control.Solves}
 * runs in the background; accepting a run writes {@code entity.TestForm} drafts, each slot pinned to one exact item
 * version, so retiring or editing an item never changes a form. The component answers the items component's
 * {@link pl.certbank.items.control.ItemUse} ("which forms use this item"), so that items never reads the form tables.
 */
package pl.certbank.assembly;
