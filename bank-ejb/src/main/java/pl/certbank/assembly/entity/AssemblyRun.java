package pl.certbank.assembly.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import pl.certbank.blueprints.entity.BlueprintVersion;

/**
 * One assembly of a blueprint version: requested, run in the background, and kept with what it found — the forms,
 * the solver's objective, bound and gap, its progress over time, the independent check's violations (none, or the run
 * cannot be accepted) and, when the bank cannot supply the blueprint, the diagnosis. The JSON columns are written by
 * {@code assembly.control.RunRecords}.
 */
@Entity
@Table(name = "assembly_run")
public class AssemblyRun {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bank_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "blueprint_version_id", updatable = false)
    private BlueprintVersion blueprintVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private RunStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private OffsetDateTime requestedAt;

    @Column(name = "finished_at")
    private OffsetDateTime finishedAt;

    @Column(name = "time_limit_seconds", nullable = false, updatable = false)
    private int timeLimitSeconds;

    @Column(name = "pool_size")
    private Integer poolSize;

    private Long objective;
    private Long bound;
    private Double gap;

    @Column(name = "millis_to_first")
    private Long millisToFirst;

    @Column(name = "millis_total")
    private Long millisTotal;

    @Column(updatable = false)
    private String locks;

    private String progress;
    private String forms;
    private String violations;
    private String diagnosis;
    private String message;

    @Column(name = "accepted_by")
    private String acceptedBy;

    @Column(name = "accepted_at")
    private OffsetDateTime acceptedAt;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected AssemblyRun() {
        // JPA
    }

    public AssemblyRun(BlueprintVersion blueprintVersion, int timeLimitSeconds, String locks, String designer) {
        this.blueprintVersion = blueprintVersion;
        this.timeLimitSeconds = timeLimitSeconds;
        this.locks = locks;
        this.requestedBy = designer;
        this.requestedAt = OffsetDateTime.now();
        this.status = RunStatus.QUEUED;
    }

    public void started(int pool) {
        status = RunStatus.RUNNING;
        poolSize = pool;
    }

    public void progressed(String points, Long incumbent, Long best, Double proved) {
        progress = points;
        objective = incumbent;
        bound = best;
        gap = proved;
    }

    /** The run's end, with what it found; {@code forms} is null when it found none. */
    public void finished(RunStatus end, Result result) {
        status = end;
        finishedAt = OffsetDateTime.now();
        objective = result.objective();
        bound = result.bound();
        gap = result.gap();
        millisToFirst = result.millisToFirst();
        millisTotal = result.millisTotal();
        progress = result.progress();
        forms = result.forms();
        violations = result.violations();
        diagnosis = result.diagnosis();
        message = result.message() == null || result.message().length() <= 2000 ? result.message()
                : result.message().substring(0, 2000);
    }

    /** What a finished run stores; the texts are JSON. */
    public record Result(Long objective, Long bound, Double gap, Long millisToFirst, Long millisTotal,
            String progress, String forms, String violations, String diagnosis, String message) {

        /** The end of a run that found no forms: its solver time (0 when it never solved), why, and what it says. */
        public static Result without(Long millisTotal, String diagnosis, String message) {
            return new Result(null, null, null, null, millisTotal, "[]", null, "[]", diagnosis, message);
        }
    }

    /** A designer changed the forms by hand (a swap): they are re-checked, and the gap no longer applies. */
    public void edited(String newForms, String newViolations, long newObjective) {
        forms = newForms;
        violations = newViolations;
        objective = newObjective;
        gap = null;
        bound = null;
    }

    public void accepted(String designer) {
        acceptedBy = designer;
        acceptedAt = OffsetDateTime.now();
    }

    public Long getId() {
        return id;
    }

    public BlueprintVersion getBlueprintVersion() {
        return blueprintVersion;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public OffsetDateTime getFinishedAt() {
        return finishedAt;
    }

    public int getTimeLimitSeconds() {
        return timeLimitSeconds;
    }

    public Integer getPoolSize() {
        return poolSize;
    }

    public Long getObjective() {
        return objective;
    }

    public Long getBound() {
        return bound;
    }

    public Double getGap() {
        return gap;
    }

    public Long getMillisToFirst() {
        return millisToFirst;
    }

    public Long getMillisTotal() {
        return millisTotal;
    }

    public String getLocks() {
        return locks;
    }

    public String getProgress() {
        return progress;
    }

    public String getForms() {
        return forms;
    }

    public String getViolations() {
        return violations;
    }

    public String getDiagnosis() {
        return diagnosis;
    }

    public String getMessage() {
        return message;
    }

    public String getAcceptedBy() {
        return acceptedBy;
    }

    public OffsetDateTime getAcceptedAt() {
        return acceptedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }
}
