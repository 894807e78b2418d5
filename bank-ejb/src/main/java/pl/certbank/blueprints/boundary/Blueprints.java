package pl.certbank.blueprints.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.blueprints.control.BlueprintCheck;
import pl.certbank.blueprints.entity.Blueprint;
import pl.certbank.blueprints.entity.BlueprintRefusal;
import pl.certbank.blueprints.entity.BlueprintRule;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRulesJson;
import pl.certbank.blueprints.entity.BlueprintVersion;
import pl.certbank.qualifications.entity.Qualification;
import pl.certbank.refusals.Refusal;
import pl.certbank.security.entity.Roles;

/** Writing and reading blueprints: designers write, the roles that judge or print forms read. Every write audited. */
@Stateless
@RolesAllowed({Roles.DESIGNER, Roles.REVIEWER, Roles.PUBLISHER, Roles.ADMIN})
public class Blueprints {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext caller;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public Blueprint create(String qualificationCode, String name, BlueprintRules rules) {
        Qualification qualification = qualification(qualificationCode);
        BlueprintCheck.check(qualification, name, rules);
        Blueprint blueprint = new Blueprint(qualification, name, rules, actor());
        em.persist(blueprint);
        em.flush();
        audit.record(actor(), "BLUEPRINT_CREATED", subject(blueprint), 1, null, BlueprintRulesJson.write(rules));
        return blueprint;
    }

    /** Saves the next version; refused if the blueprint changed since revision {@code expectedLock}. */
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public Blueprint revise(long id, long expectedLock, String qualificationCode, String name, BlueprintRules rules) {
        Blueprint blueprint = locked(id);
        blueprint.checkRevision(expectedLock);
        if (qualificationCode != null && !qualificationCode.equals(blueprint.getQualification().getCode())) {
            throw Refusal.of(BlueprintRefusal.QUALIFICATION_FIXED, id, blueprint.getQualification().getCode(),
                    qualificationCode);
        }
        BlueprintCheck.check(blueprint.getQualification(), name, rules);
        String before = BlueprintRulesJson.write(blueprint.getLatestVersion().rules());
        BlueprintVersion version = blueprint.revise(name, rules, actor());
        em.flush();
        audit.record(actor(), "BLUEPRINT_REVISED", subject(blueprint), version.getNumber(), before,
                BlueprintRulesJson.write(rules));
        return blueprint;
    }

    /** Checks a blueprint as saving would, and stores nothing. */
    @RolesAllowed({Roles.DESIGNER, Roles.ADMIN})
    public void check(String qualificationCode, String name, BlueprintRules rules) {
        BlueprintCheck.check(qualification(qualificationCode), name, rules);
    }

    public Blueprint find(long id) {
        Blueprint blueprint = em.find(Blueprint.class, id);
        if (blueprint == null) {
            throw Refusal.of(BlueprintRefusal.NOT_FOUND, id);
        }
        blueprint.getVersions().size();
        return blueprint;
    }

    public BlueprintVersion version(long id, int number) {
        return find(id).version(number);
    }

    public List<Blueprint> list() {
        return em.createNamedQuery(Blueprint.ALL, Blueprint.class).getResultList();
    }

    private Blueprint locked(long id) {
        Blueprint blueprint = em.find(Blueprint.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (blueprint == null) {
            throw Refusal.of(BlueprintRefusal.NOT_FOUND, id);
        }
        return blueprint;
    }

    private Qualification qualification(String code) {
        if (code == null || code.isBlank()) {
            throw Refusal.invalid(BlueprintRefusal.INVALID,
                    List.of(pl.certbank.refusals.FieldError.of("/qualification", BlueprintRule.REQUIRED)));
        }
        return em.createNamedQuery(Qualification.BY_CODE, Qualification.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> Refusal.of(BlueprintRefusal.QUALIFICATION_NOT_FOUND, code));
    }

    private static Subject subject(Blueprint blueprint) {
        return new Subject(Subject.Kind.BLUEPRINT, blueprint.getId());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
