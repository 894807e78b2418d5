package pl.certbank.publishing.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import pl.certbank.assembly.entity.TestForm;
import pl.certbank.publishing.entity.FormSnapshot;
import pl.certbank.publishing.entity.FormVariant;
import pl.certbank.qualifications.entity.Qualification;

/**
 * Seals a frozen form: draws the named variants' seeds, writes the snapshot document and its hash, builds each
 * variant's candidate payload once, and marks the form published. The caller has checked the rules (status, roles,
 * four eyes).
 */
@Dependent
public class Sealing {

    @PersistenceContext
    EntityManager em;

    /** A published form: its snapshot and named variants. */
    public record Published(TestForm form, FormSnapshot snapshot, List<FormVariant> variants) {
    }

    public Published seal(TestForm form, int variantCount, String publisher) {
        List<Snapshot.VariantSeed> seeds = new ArrayList<>();
        for (int i = 0; i < variantCount; i++) {
            seeds.add(new Snapshot.VariantSeed(Variants.name(i), Variants.newSeed()));
        }
        Qualification qualification = form.getSlots().get(0).getVersion().getItem().getQualification();
        Snapshot snapshot = SnapshotBuilder.of(form, qualification, seeds);
        String content = SnapshotJson.write(snapshot);
        String hash = SnapshotHash.of(content);
        OffsetDateTime now = OffsetDateTime.now();
        FormSnapshot sealed = new FormSnapshot(form, content, hash, publisher, now);
        em.persist(sealed);
        List<FormVariant> variants = new ArrayList<>();
        for (Snapshot.VariantSeed seed : seeds) {
            Variant variant = Variants.of(seed.name(), seed.seed(), snapshot.arrangeable());
            String payload = CandidatePayload.of(snapshot, hash, variant);
            FormVariant stored = new FormVariant(sealed, seed.name(), seed.seed(), payload, SnapshotHash.of(payload));
            em.persist(stored);
            variants.add(stored);
        }
        form.publish(publisher, now);
        return new Published(form, sealed, variants);
    }
}
