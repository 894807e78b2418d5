package pl.certbank.assembly.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import pl.certbank.assembly.control.AssemblyModel;
import pl.certbank.assembly.control.Cell;
import pl.certbank.assembly.control.Demand;
import pl.certbank.assembly.control.ItemPool;
import pl.certbank.assembly.control.Candidate;
import pl.certbank.assembly.control.Feasibility;
import pl.certbank.assembly.control.FormsCheck;
import pl.certbank.assembly.control.FormsReview;
import pl.certbank.assembly.control.Objective;
import pl.certbank.assembly.control.RunRecords;
import pl.certbank.assembly.control.RunRecords.Locks;
import pl.certbank.assembly.control.RunSteps;
import pl.certbank.assembly.control.Solves;
import pl.certbank.assembly.control.Swaps;
import pl.certbank.assembly.entity.AssemblyRefusal;
import pl.certbank.assembly.entity.AssemblyRun;
import pl.certbank.assembly.entity.RunStatus;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.blueprints.entity.Blueprint;
import pl.certbank.blueprints.entity.BlueprintRefusal;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintVersion;
import pl.certbank.items.entity.ItemVersion;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.FieldError;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/**
 * Assembling a blueprint's parallel forms: a run is queued here and solved in the background ({@link Solves}); its
 * result is re-checked, can be edited by swaps and, once accepted, becomes form drafts pinned to exact item versions.
 */
@Stateless
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class AssemblyRuns {

    public static final int MIN_SECONDS = 1;
    public static final int MAX_SECONDS = 600;
    /** The most items a run may lock out, and the most it may lock in (over all forms). */
    public static final int MAX_LOCKS = 2_000;
    /** Runs one designer may have queued or running at once, so that nobody holds the solver for everyone. */
    public static final int MAX_RUNS_PER_DESIGNER = 2;

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    Solves solves;

    @Inject
    RunSteps steps;

    @Inject
    AuditTrail audit;

    @Inject
    ItemPool pool;

    /** The cheap feasibility checks of a blueprint's latest version against the bank, without solving. */
    public Diagnosis feasibility(long blueprintId) {
        BlueprintVersion version = blueprint(blueprintId).getLatestVersion();
        RunSteps.Prepared prepared = steps.demandOf(version, Locks.NONE);
        return new Diagnosis(version, prepared.pool().size(),
                Feasibility.diagnose(prepared.demand(), prepared.pool()));
    }

    /** How many approved, unretired items each cell of a qualification has (what a blueprint can draw on). */
    public Map<Cell, Integer> supply(String qualificationCode) {
        Qualification qualification = em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", qualificationCode).getResultStream().findFirst()
                .orElseThrow(() -> Refusal.of(BlueprintRefusal.QUALIFICATION_NOT_FOUND, qualificationCode));
        Map<Cell, Integer> supply = new java.util.HashMap<>();
        pool.of(qualification, java.util.Set.of())
                .forEach(c -> c.cells().forEach(cell -> supply.merge(cell, 1, Integer::sum)));
        return supply;
    }

    /** What the cheap checks found for a blueprint version. */
    public record Diagnosis(BlueprintVersion version, int poolSize, List<Feasibility.Shortfall> shortfalls) {
    }

    /** Queues a run of the blueprint's latest version; one run at a time per blueprint. */
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public AssemblyRun start(long blueprintId, int timeLimitSeconds, Locks locks) {
        if (timeLimitSeconds < MIN_SECONDS || timeLimitSeconds > MAX_SECONDS) {
            throw Refusal.of(AssemblyRefusal.TIME_LIMIT, MIN_SECONDS, MAX_SECONDS);
        }
        Blueprint blueprint = em.find(Blueprint.class, blueprintId, LockModeType.PESSIMISTIC_WRITE);
        if (blueprint == null) {
            throw Refusal.of(BlueprintRefusal.NOT_FOUND, blueprintId);
        }
        em.createQuery("SELECT r.id FROM AssemblyRun r WHERE r.blueprintVersion.blueprint = :b AND r.status IN "
                + "(:queued, :running)", Long.class).setParameter("b", blueprint)
                .setParameter("queued", RunStatus.QUEUED).setParameter("running", RunStatus.RUNNING)
                .getResultStream().findFirst().ifPresent(active -> {
                    throw Refusal.of(AssemblyRefusal.ALREADY_RUNNING, blueprintId, active);
                });
        int forms = blueprint.getLatestVersion().rules().forms();
        int lockedIn = locks.in().values().stream().mapToInt(java.util.Set::size).sum();
        if (locks.out().size() > MAX_LOCKS || lockedIn > MAX_LOCKS) {
            throw Refusal.invalid(AssemblyRefusal.LOCK_INVALID, List.of(FieldError.of("/locks",
                    pl.certbank.blueprints.entity.BlueprintRule.TOO_MANY, MAX_LOCKS,
                    Math.max(locks.out().size(), lockedIn))));
        }
        for (int form : locks.in().keySet()) {
            if (form < 1 || form > forms) {
                throw Refusal.invalid(AssemblyRefusal.LOCK_INVALID, List.of(FieldError.of("/locks/in",
                        pl.certbank.blueprints.entity.BlueprintRule.OUT_OF_RANGE, 1, forms, form)));
            }
        }
        long mine = em.createQuery("SELECT COUNT(r) FROM AssemblyRun r WHERE r.requestedBy = :me AND r.status IN "
                + "(:queued, :running)", Long.class).setParameter("me", actor())
                .setParameter("queued", RunStatus.QUEUED).setParameter("running", RunStatus.RUNNING).getSingleResult();
        if (mine >= MAX_RUNS_PER_DESIGNER) {
            throw Refusal.of(AssemblyRefusal.TOO_MANY_RUNS, actor(), mine);
        }
        AssemblyRun run = new AssemblyRun(blueprint.getLatestVersion(), timeLimitSeconds, RunRecords.locks(locks),
                actor());
        em.persist(run);
        em.flush();
        audit.record(actor(), "ASSEMBLY_REQUESTED", new Subject(Subject.Kind.BLUEPRINT, blueprintId),
                blueprint.getLatestVersion().getNumber(), null, "run " + run.getId() + ", " + timeLimitSeconds + " s");
        solves.startAfterCommit(run.getId());
        return run;
    }

    public AssemblyRun find(long id) {
        AssemblyRun run = em.find(AssemblyRun.class, id);
        if (run == null) {
            throw Refusal.of(AssemblyRefusal.NOT_FOUND, id);
        }
        return run;
    }

    /** The live progress of a run this node is solving; the stored one otherwise. */
    public List<long[]> progress(AssemblyRun run) {
        List<long[]> live = solves.progress(run.getId());
        return live != null ? live : RunRecords.progress(run.getProgress());
    }

    /**
     * A run's forms against its blueprint version and the bank as it is now, read once: the demand (locks steer a solve
     * only, so none here), who may come onto a form ({@code candidates}), every item the check must know ({@code pool}:
     * the candidates and the pinned versions of placed items retired since), and the per-form review (null without
     * forms).
     */
    public record Inspection(Demand demand, Set<Long> candidates, List<Candidate> pool, FormsReview review) {

        public Map<Long, Candidate> byItem() {
            return pool.stream().collect(Collectors.toMap(Candidate::itemId, Function.identity(), (a, b) -> a));
        }
    }

    public Inspection inspect(AssemblyRun run) {
        RunSteps.Prepared prepared = steps.demandOf(run.getBlueprintVersion(), Locks.NONE);
        Set<Long> candidates = prepared.pool().stream().map(Candidate::itemId).collect(Collectors.toSet());
        List<List<RunRecords.Placed>> placed = RunRecords.forms(run.getForms());
        Set<Long> gone = placed.stream().flatMap(List::stream).filter(p -> !candidates.contains(p.item()))
                .map(RunRecords.Placed::version).collect(Collectors.toSet());
        List<Candidate> all = new ArrayList<>(prepared.pool());
        all.addAll(pool.pinned(gone));
        FormsReview review = run.getForms() == null ? null
                : FormsReview.of(prepared.demand(), all, RunRecords.itemIds(placed));
        return new Inspection(prepared.demand(), candidates, all, review);
    }

    public List<AssemblyRun> ofBlueprint(long blueprintId) {
        return em.createQuery("SELECT r FROM AssemblyRun r WHERE r.blueprintVersion.blueprint.id = :b "
                + "ORDER BY r.id DESC", AssemblyRun.class).setParameter("b", blueprintId).setMaxResults(50)
                .getResultList();
    }

    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public AssemblyRun cancel(long id) {
        AssemblyRun run = find(id);
        if (run.getStatus().isFinal()) {
            throw Refusal.of(AssemblyRefusal.NOT_RUNNING, id, run.getStatus());
        }
        solves.cancel(id);
        if (run.getStatus() == RunStatus.QUEUED) {
            // Waiting for a free solver: it ends now (the solver, when it gets there, finds it cancelled).
            try {
                steps.cancelQueued(id);
                em.refresh(run);
            } catch (RuntimeException startedMeanwhile) {
                // it started in the meantime; the solver has been told to stop
            }
        }
        audit.record(actor(), "ASSEMBLY_CANCELLED", subject(run), null, null, "run " + id);
        return run;
    }

    /** The run's model in CPLEX LP format, over the bank's candidates now, for an independent solver. */
    public String modelLp(long id) {
        AssemblyRun run = find(id);
        RunSteps.Prepared prepared = steps.demandOf(run.getBlueprintVersion(), RunRecords.locks(run.getLocks()));
        return AssemblyModel.build(prepared.demand(), prepared.pool()).lp();
    }

    /** The items that could take {@code itemId}'s place on form {@code form} (1-based), least loss first. */
    public List<Swaps.Swap> swaps(long id, int form, long itemId) {
        Edit edit = edit(id, form, itemId);
        return Swaps.candidates(edit.now().demand(), edit.now().pool(), edit.forms(), form - 1, itemId).stream()
                .filter(s -> edit.now().candidates().contains(s.itemIn())).toList();
    }

    /** Puts {@code in} in place of {@code out} on form {@code form}, if every rule still holds. */
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public AssemblyRun swap(long id, int form, long out, long in) {
        if (out == in) {
            throw Refusal.of(AssemblyRefusal.SWAP_SAME, out);
        }
        Edit edit = edit(id, form, out);
        if (!edit.now().candidates().contains(in)) {
            throw Refusal.of(AssemblyRefusal.SWAP_INVALID, out, in, form, "item " + in
                    + " is not an approved, unretired item of the qualification");
        }
        List<List<Long>> forms = new ArrayList<>();
        edit.forms().forEach(f -> forms.add(new ArrayList<>(f)));
        List<Long> changed = forms.get(form - 1);
        changed.set(changed.indexOf(out), in);
        List<FormsCheck.Violation> violations = FormsCheck.violations(edit.now().demand(), edit.now().pool(), forms);
        if (!violations.isEmpty()) {
            throw Refusal.of(AssemblyRefusal.SWAP_INVALID, out, in, form, violations.get(0).text());
        }
        Map<Long, Candidate> byItem = edit.now().byItem();
        edit.run().edited(RunRecords.forms(forms, byItem), RunRecords.violations(violations),
                Objective.of(edit.now().demand(), edit.now().pool(), forms));
        // The item going out may have been retired since the run: its reference comes from the run's forms.
        String outReference = RunRecords.forms(edit.run().getForms()).get(form - 1).stream()
                .filter(p -> p.item() == out).map(RunRecords.Placed::reference).findFirst().orElse("#" + out);
        audit.record(actor(), "ASSEMBLY_SWAPPED", subject(edit.run()), null, outReference,
                "form " + form + ": " + byItem.get(in).reference());
        return edit.run();
    }

    /** A run being edited, locked, with its forms and what the bank holds now. */
    private record Edit(AssemblyRun run, List<List<Long>> forms, Inspection now) {
    }

    private Edit edit(long id, int form, long itemId) {
        AssemblyRun run = em.find(AssemblyRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw Refusal.of(AssemblyRefusal.NOT_FOUND, id);
        }
        if (!run.getStatus().hasForms() || run.getForms() == null) {
            throw Refusal.of(AssemblyRefusal.NOTHING_TO_ACCEPT, id, run.getStatus());
        }
        if (run.getAcceptedAt() != null) {
            throw Refusal.of(AssemblyRefusal.ACCEPTED_ALREADY, id, formCodes(run));
        }
        List<List<Long>> forms = RunRecords.itemIds(RunRecords.forms(run.getForms()));
        if (form < 1 || form > forms.size()) {
            throw Refusal.of(AssemblyRefusal.FORM_NUMBER, id, form);
        }
        if (!forms.get(form - 1).contains(itemId)) {
            throw Refusal.of(AssemblyRefusal.NOT_ON_FORM, itemId, form, id);
        }
        // Locks steer a solve; a designer's own swap answers to the blueprint's rules only.
        return new Edit(run, forms, inspect(run));
    }

    /**
     * One form against its blueprint version as the coverage check reads it (length, cells, facility band; rules
     * between forms do not apply to one form); empty for a form put together without a blueprint.
     */
    public List<FormsCheck.Violation> check(TestForm form) {
        if (form.getBlueprintVersion() == null) {
            return List.of();
        }
        BlueprintRules rules = form.getBlueprintVersion().rules();
        BlueprintRules single = new BlueprintRules(rules.itemsPerForm(), rules.timeLimitMinutes(), rules.passMark(),
                rules.cells(), rules.facility(), 1, rules.itemsPerForm(), Math.max(1, rules.maxUses()), 0,
                rules.scoring());
        Set<Long> versions = form.getSlots().stream().map(s -> s.getVersion().getId()).collect(Collectors.toSet());
        return FormsCheck.violations(pl.certbank.assembly.control.Demands.of(single, Set.of(), Map.of()),
                pool.pinned(versions), List.of(form.getSlots().stream().map(s -> s.getVersion().getItem().getId())
                        .toList()));
    }

    /** Turns a run's forms into form drafts pinned to the exact item versions; once per run. */
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public List<TestForm> accept(long id) {
        AssemblyRun run = em.find(AssemblyRun.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw Refusal.of(AssemblyRefusal.NOT_FOUND, id);
        }
        if (run.getAcceptedAt() != null) {
            throw Refusal.of(AssemblyRefusal.ACCEPTED_ALREADY, id, formCodes(run));
        }
        if (!run.getStatus().hasForms() || run.getForms() == null) {
            throw Refusal.of(AssemblyRefusal.NOTHING_TO_ACCEPT, id, run.getStatus());
        }
        // Checked again against the bank as it is now: an item retired since the run must be swapped out first.
        RunSteps.Prepared now = steps.demandOf(run.getBlueprintVersion(), Locks.NONE);
        List<FormsCheck.Violation> found = FormsCheck.violations(now.demand(), now.pool(),
                RunRecords.itemIds(RunRecords.forms(run.getForms())));
        if (!found.isEmpty()) {
            throw Refusal.of(AssemblyRefusal.HAS_VIOLATIONS, id, found.size() + " (" + found.get(0).text() + ")");
        }
        List<List<RunRecords.Placed>> forms = RunRecords.forms(run.getForms());
        BlueprintVersion version = run.getBlueprintVersion();
        String qualification = version.getBlueprint().getQualification().getCode();
        List<TestForm> drafts = new ArrayList<>();
        Map<Long, ItemVersion> versions = em.createQuery("SELECT v FROM ItemVersion v WHERE v.id IN :ids",
                ItemVersion.class).setParameter("ids",
                        forms.stream().flatMap(List::stream)
                                .map(RunRecords.Placed::version).collect(Collectors.toSet()))
                .getResultStream().collect(Collectors.toMap(ItemVersion::getId, Function.identity()));
        for (int f = 0; f < forms.size(); f++) {
            String code = qualification + "-R" + id + "-" + (f + 1);
            TestForm form = new TestForm(run, f + 1, code, version.getName() + " – " + (f + 1), actor());
            for (RunRecords.Placed placed : forms.get(f)) {
                form.add(versions.get(placed.version()));
            }
            em.persist(form);
            drafts.add(form);
        }
        run.accepted(actor());
        em.flush();
        audit.record(actor(), "ASSEMBLY_ACCEPTED", subject(run), null, null,
                drafts.stream().map(TestForm::getCode).collect(Collectors.joining(", ")));
        drafts.forEach(d -> audit.record(actor(), "FORM_DRAFTED", new Subject(Subject.Kind.FORM, d.getId()), null,
                null, d.getCode() + " from run " + id));
        return drafts;
    }

    private String formCodes(AssemblyRun run) {
        return String.join(", ", em.createQuery("SELECT f.code FROM TestForm f WHERE f.run = :r ORDER BY f.formNumber",
                String.class).setParameter("r", run).getResultList());
    }

    private Blueprint blueprint(long id) {
        Blueprint blueprint = em.find(Blueprint.class, id);
        if (blueprint == null) {
            throw Refusal.of(BlueprintRefusal.NOT_FOUND, id);
        }
        return blueprint;
    }

    private static Subject subject(AssemblyRun run) {
        return new Subject(Subject.Kind.BLUEPRINT, run.getBlueprintVersion().getBlueprint().getId());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
