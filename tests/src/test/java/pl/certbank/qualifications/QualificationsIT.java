package pl.certbank.qualifications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.certbank.qualifications.entity.Criterion;
import pl.certbank.qualifications.entity.LearningOutcome;
import pl.certbank.qualifications.entity.OutcomeSet;
import pl.certbank.support.BankDeployment;
import pl.certbank.support.CrmFramework;

/** In the provisioned WildFly: EclipseLink persists the framework that the start-up import loaded. */
@ExtendWith(ArquillianExtension.class)
class QualificationsIT {

    @Deployment
    static EnterpriseArchive ear() {
        return BankDeployment.withTestClasses(QualificationsIT.class, CrmFramework.class);
    }

    @Resource(lookup = "java:app/bank/EntityManagerFactory")
    EntityManagerFactory factory;

    private EntityManager em;

    @BeforeEach
    void open() {
        em = factory.createEntityManager();
    }

    @AfterEach
    void close() {
        em.close();
    }

    @Test
    void eclipseLinkIsThePersistenceProvider() {
        assertTrue(factory.getClass().getName().startsWith("org.eclipse.persistence."), factory.getClass().getName());
        assertTrue(em.getDelegate().getClass().getName().startsWith("org.eclipse.persistence."),
                em.getDelegate().getClass().getName());
    }

    @Test
    void crmFrameworkHasTwoSetsEightOutcomesAndThirtyNineCriteria() {
        assertEquals(2L, count("SELECT COUNT(s) FROM OutcomeSet s WHERE s.qualification.code = :code"));
        assertEquals(8L, count("SELECT COUNT(o) FROM LearningOutcome o WHERE o.outcomeSet.qualification.code = :code"));
        assertEquals(39L,
                count("SELECT COUNT(c) FROM Criterion c WHERE c.outcome.outcomeSet.qualification.code = :code"));
    }

    @Test
    void criteriaAreStoredVerbatimInTheirOrder() {
        Map<String, String> stored = new LinkedHashMap<>();
        em.createQuery("SELECT c FROM Criterion c JOIN c.outcome o JOIN o.outcomeSet s "
                + "WHERE s.qualification.code = :code ORDER BY s.sortOrder, o.sortOrder, c.sortOrder", Criterion.class)
                .setParameter("code", CrmFramework.CODE)
                .getResultList().forEach(c -> stored.put(c.getCode(), c.getText()));
        assertEquals(CrmFramework.criteria(), stored);
        assertEquals("wyjaśnia zasady przetwarzania danych osobowych wynikające z obowiązujących przepisów prawa",
                stored.get("Z1.3.2"));
    }

    @Test
    void outcomesKeepTheirSetsAndTitles() {
        LearningOutcome outcome = em.createQuery("SELECT o FROM LearningOutcome o WHERE o.code = 'Z2.4' "
                + "AND o.outcomeSet.qualification.code = :code", LearningOutcome.class)
                .setParameter("code", CrmFramework.CODE).getSingleResult();
        assertEquals("Zarządza szansą sprzedaży w systemie CRM", outcome.getTitle());
        OutcomeSet set = outcome.getOutcomeSet();
        assertEquals("Prowadzenie procesu obsługi klienta z wykorzystaniem systemu CRM", set.getTitle());
        assertEquals(6, outcome.getCriteria().size());
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).setParameter("code", CrmFramework.CODE).getSingleResult();
    }
}
