package pl.certbank.publishing.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import pl.certbank.publishing.entity.FormSnapshot;
import pl.certbank.publishing.entity.FormVariant;
import pl.certbank.publishing.entity.PublishingRefusal;
import pl.certbank.refusals.Refusal;

/**
 * Sealed snapshots and variant payloads, read once per node and kept: they never change, so a cache cannot go stale.
 * Every read from the database checks the hash first; a document that does not match it is refused, never served or
 * scored (the guard on databases without the sealing triggers, and against anyone editing the rows by hand).
 */
@Singleton
@jakarta.annotation.security.PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Snapshots {

    /** A variant's payload as served: its bytes and its strong entity tag (the payload's SHA-256). */
    public record Payload(byte[] bytes, String etag) {
    }

    private final Map<Long, Snapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<Long, Payload> payloads = new ConcurrentHashMap<>();

    public Snapshot of(FormSnapshot stored) {
        return snapshots.computeIfAbsent(stored.getId(), id -> {
            if (!SnapshotHash.of(stored.getContent()).equals(stored.getContentHash())) {
                throw Refusal.of(PublishingRefusal.TAMPERED, stored.getFormCode());
            }
            return SnapshotJson.read(stored.getContent());
        });
    }

    public Payload payload(FormVariant variant) {
        return payload(variant.getId(), variant.getPayload(), variant.getPayloadHash(),
                variant.getSnapshot().getFormCode());
    }

    /** A payload kept under its row's id (ids are unique across the bank's tables: one sequence). */
    public Payload payload(long id, String payload, String hash, String formCode) {
        return payloads.computeIfAbsent(id, key -> {
            if (!SnapshotHash.of(payload).equals(hash)) {
                throw Refusal.of(PublishingRefusal.TAMPERED, formCode);
            }
            return new Payload(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), "\"" + hash + "\"");
        });
    }
}
