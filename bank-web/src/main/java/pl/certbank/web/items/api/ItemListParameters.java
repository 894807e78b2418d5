package pl.certbank.web.items.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pl.certbank.items.control.ItemFilter;
import pl.certbank.items.control.ItemQuery;
import pl.certbank.items.entity.Difficulty;
import pl.certbank.items.entity.ItemStatus;
import pl.certbank.items.entity.ItemType;
import pl.certbank.qualifications.boundary.Qualifications;

/**
 * Reads the item list's query parameters (qualification, criterion, set, status, type, difficulty, author, q,
 * unused, available, sort, desc, offset, limit); repeated or comma-separated values; a wrong value is a 400 naming it.
 */
@RequestScoped
public class ItemListParameters {

    @Inject
    Qualifications qualifications;

    ItemQuery query(MultivaluedMap<String, String> p) {
        return new ItemFilter(qualification(p.getFirst("qualification"))).criteria(values(p, "criterion"))
                .outcomeSet(p.getFirst("set")).statuses(enums(p, "status", ItemStatus.class))
                .types(enums(p, "type", ItemType.class)).difficulties(enums(p, "difficulty", Difficulty.class))
                .author(p.getFirst("author")).text(p.getFirst("q"))
                .unusedOnly(Boolean.parseBoolean(p.getFirst("unused")))
                .availableOnly(Boolean.parseBoolean(p.getFirst("available")))
                .page(one(p.getFirst("sort"), "sort", ItemQuery.Sort.class), Boolean.parseBoolean(p.getFirst("desc")),
                        number(p.getFirst("offset"), "offset", 0), number(p.getFirst("limit"), "limit", 25));
    }

    /** The qualification asked for, or the only one in the bank when none is named. */
    String qualification(String code) {
        if (code != null && !code.isBlank()) {
            return code.strip();
        }
        try {
            return qualifications.defaultCode();
        } catch (jakarta.ejb.EJBException | IllegalStateException e) {
            throw new BadRequestException("The bank holds no qualification yet");
        }
    }

    private static Set<String> values(MultivaluedMap<String, String> p, String name) {
        List<String> raw = p.get(name);
        if (raw == null) {
            return Set.of();
        }
        return raw.stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(v -> !v.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends Enum<E>> Set<E> enums(MultivaluedMap<String, String> p, String name, Class<E> type) {
        return values(p, name).stream().map(v -> one(v, name, type)).collect(Collectors.toSet());
    }

    private static <E extends Enum<E>> E one(String value, String name, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("'" + value + "' is not a valid " + name + "; use one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static int number(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("'" + value + "' is not a valid " + name);
        }
    }
}
