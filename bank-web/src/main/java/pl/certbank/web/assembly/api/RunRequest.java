package pl.certbank.web.assembly.api;

import jakarta.json.JsonValue;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import pl.certbank.assembly.control.RunRecords.Locks;
import pl.certbank.input.JsonInput;

/** A request to assemble: the blueprint, the time budget and the designer's optional locks. */
@Schema(name = "AssemblyRunRequest")
public record RunRequest(@Schema(required = true, example = "1000") Long blueprint,
        @Schema(minimum = "1", maximum = "600", example = "30") int timeLimitSeconds,
        @Schema(description = "Items kept off every form (out) or put on a form (in, forms counted from 1)") LockDocument locks) {

    /** The locks as sent: at most 2,000 each way (422 beyond). */
    public record LockDocument(@Schema(maxItems = 2000) List<Long> out, @Schema(maxItems = 2000) List<FormLock> in) {
    }

    /** One item a form must hold. */
    public record FormLock(int form, long item) {
    }

    record Read(long blueprint, int seconds, Locks locks) {
    }

    static Read read(JsonValue body) {
        JsonInput json = JsonInput.strict(body);
        Long blueprint = json.integer("blueprint");
        Integer seconds = json.whole("timeLimitSeconds");
        Set<Long> out = new HashSet<>();
        Map<Integer, Set<Long>> in = new HashMap<>();
        if (json.has("locks")) {
            JsonInput locks = json.object("locks");
            out.addAll(locks.integers("out"));
            for (JsonInput lock : locks.objects("in")) {
                lock.require("form", "item");
                Integer form = lock.whole("form");
                Long item = lock.integer("item");
                if (form != null && item != null) {
                    in.computeIfAbsent(form, f -> new HashSet<>()).add(item);
                }
            }
        }
        json.done();
        if (blueprint == null) {
            throw new jakarta.ws.rs.BadRequestException("Name the blueprint to assemble: {\"blueprint\": id}");
        }
        return new Read(blueprint, seconds == null ? 30 : seconds, new Locks(out, in));
    }
}
