package pl.certbank.web.blueprints.api;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The blueprint document of the OpenAPI description; the resource reads bodies through {@link BlueprintInput}. */
@Schema(name = "Blueprint", description = "A blueprint: what every parallel form holds. Unknown fields are refused "
        + "(400); values beyond the limits are 422 with the field's JSON pointer.")
public record BlueprintDocument(
        @Schema(required = true, maxLength = 200, example = "CRM – test teoretyczny") String name,
        @Schema(required = true, example = "CRM-PRK4") String qualification,
        @Schema(required = true, minimum = "1", maximum = "200", example = "30") int itemsPerForm,
        @Schema(required = true, minimum = "1", maximum = "600", example = "45") int timeLimitMinutes,
        @Schema(description = "Pass mark as a percentage of the points (or give passMarkPoints)", minimum = "0",
                maximum = "100", example = "70") BigDecimal passMarkPercent,
        @Schema(description = "Pass mark in points, instead of a percentage") BigDecimal passMarkPoints,
        @Schema(description = "Optional minimum percentage per outcome set") List<SetPass> setPassPercent,
        @Schema(description = "Bounds per form: min and/or max items of an outcome set, learning outcome, criterion "
                + "or item type; max 0 excludes a cell", maxItems = 500) List<CellBounds> cells,
        @Schema(required = true) Band facility,
        @Schema(required = true, minimum = "1", maximum = "20", example = "4") int forms,
        @Schema(description = "Most items any two forms share", minimum = "0", example = "6") int maxShared,
        @Schema(description = "Most forms one item appears on (default 1)", minimum = "1", example = "2") int maxUses,
        @Schema(description = "Leave out items on the last K published forms", minimum = "0",
                maximum = "100") int excludeRecentForms,
        @Schema(description = "Points per item (default 1)", example = "1") BigDecimal pointsPerItem,
        @Schema(description = "Item types scored with partial credit (default none: all or nothing)") List<String> partialCredit,
        @Schema(description = "Short answers compared with case and diacritics folded (default true)") boolean foldText) {

    /** A minimum percentage for one outcome set. */
    public record SetPass(@Schema(example = "Z1") String set, @Schema(example = "50") BigDecimal percent) {
    }

    /** Bounds on one cell. */
    public record CellBounds(@Schema(enumeration = {
            "SET", "OUTCOME", "CRITERION", "TYPE"}) String level,
            @Schema(example = "Z1.3.2") String code, @Schema(minimum = "0") Integer min,
            @Schema(minimum = "0") Integer max) {
    }

    /** The band of a form's mean facility (share expected to answer correctly); easy 0.8, medium 0.6, hard 0.4. */
    public record Band(@Schema(example = "0.55") BigDecimal low, @Schema(example = "0.62") BigDecimal target,
            @Schema(example = "0.70") BigDecimal high) {
    }
}
