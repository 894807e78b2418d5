package pl.certbank.setup.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Logger;
import pl.certbank.audit.control.AuditTrail;
import pl.certbank.audit.entity.Subject;
import pl.certbank.blueprints.control.BlueprintCheck;
import pl.certbank.blueprints.entity.Blueprint;
import pl.certbank.blueprints.entity.BlueprintRules;
import pl.certbank.blueprints.entity.BlueprintRulesJson;
import pl.certbank.input.JsonInput;
import pl.certbank.qualifications.entity.Qualification;

/**
 * Demo mode's blueprint (demo/blueprint-crm.json): four parallel 30-item forms of the CRM qualification that the
 * demo bank can supply, both outcome sets and every learning outcome covered, so a newcomer can assemble at once.
 * Written by the demo designer through the same check as an API request, and audited like one.
 */
@Dependent
public class DemoBlueprint {

    private static final Logger LOG = Logger.getLogger(DemoBlueprint.class.getName());
    private static final String DESIGNER = "designer";

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void load() {
        JsonObject file = read();
        JsonInput fields = JsonInput.strict(file).allow(List.of("name", "qualification"));
        BlueprintRules rules = BlueprintRulesJson.from(fields);
        fields.done();
        Qualification qualification = em.createNamedQuery(Qualification.BY_CODE, Qualification.class)
                .setParameter("code", file.getString("qualification")).getSingleResult();
        long existing = em.createQuery("SELECT COUNT(b) FROM Blueprint b WHERE b.qualification = :q", Long.class)
                .setParameter("q", qualification).getSingleResult();
        if (existing > 0) {
            return;
        }
        String name = file.getString("name");
        BlueprintCheck.check(qualification, name, rules);
        Blueprint blueprint = new Blueprint(qualification, name, rules, DESIGNER);
        em.persist(blueprint);
        em.flush();
        audit.record(DESIGNER, "BLUEPRINT_CREATED", new Subject(Subject.Kind.BLUEPRINT, blueprint.getId()), 1, null,
                BlueprintRulesJson.write(rules));
        LOG.warning(() -> "DEMO MODE: created the blueprint '" + name + "'");
    }

    private static JsonObject read() {
        try (InputStream in = DemoBlueprint.class.getResourceAsStream("/demo/blueprint-crm.json")) {
            return Json.createReader(in).readObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
