package pl.certbank.web.blueprints.page;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import pl.certbank.blueprints.boundary.Blueprints;
import pl.certbank.web.faces.Dates;

/** Backs blueprints/list.xhtml: every blueprint with its latest version. */
@Named
@RequestScoped
public class BlueprintListBacking {

    @Inject
    Blueprints blueprints;

    private List<Row> rows;

    /** One blueprint as the list shows it. */
    public record Row(long id, String name, String qualification, int version, int forms, int itemsPerForm,
            String updated) {
    }

    public List<Row> getBlueprints() {
        if (rows == null) {
            rows = blueprints.list().stream().map(b -> {
                var rules = b.getLatestVersion().rules();
                return new Row(b.getId(), b.getName(), b.getQualification().getCode(),
                        b.getLatestVersion().getNumber(), rules.forms(), rules.itemsPerForm(),
                        Dates.shown(b.getUpdatedAt()));
            }).toList();
        }
        return rows;
    }
}
