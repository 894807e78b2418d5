package pl.certbank.publishing.control;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongFunction;

/**
 * The two documents of a package that list its items: the IMS content package manifest (QTI 3.0's profile of IMS CP
 * 1.2: one resource for the test, one per item, one per image, with their files and dependencies) and the
 * {@code qti-assessment-test}. Each item resource carries its reference, version and criteria as IEEE LOM
 * ({@code general/identifier}, {@code lifeCycle/version} and one {@code classification} with purpose "competency"
 * holding a {@code taxonPath} per criterion code, under the qualification's framework as its source), LOM being the
 * metadata QTI 3.0 packages use. Identifiers and file names come from item references, with anything outside
 * {@code [A-Za-z0-9._-]} replaced, and made unique by form position if that ever makes two alike.
 */
final class QtiManifest {

    static final String NAMESPACE = "http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1";
    static final String SCHEMA = "https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd";
    static final String LOM = "http://ltsc.ieee.org/xsd/LOM";
    static final String LOM_SCHEMA = "https://purl.imsglobal.org/spec/md/v1p3/schema/xsd/imsmd_loose_v1p3p2.xsd";
    static final String ITEM_TYPE = "imsqti_item_xmlv3p0";
    static final String TEST_TYPE = "imsqti_test_xmlv3p0";

    private final Snapshot snapshot;
    private final Variant variant;
    private final Map<Snapshot.Item, String> names = new HashMap<>();

    QtiManifest(Snapshot snapshot, Variant variant) {
        this.snapshot = snapshot;
        this.variant = variant;
        Set<String> taken = new HashSet<>();
        for (Snapshot.Item item : snapshot.items()) {
            String name = safe(item.reference());
            names.put(item, taken.add(name) ? name : name + "-" + item.position());
            taken.add(names.get(item));
        }
    }

    String itemIdentifier(Snapshot.Item item) {
        return "ITEM-" + names.get(item);
    }

    String itemHref(Snapshot.Item item) {
        return "items/" + names.get(item) + ".xml";
    }

    private String testIdentifier() {
        return "TEST-" + safe(snapshot.code()) + "-" + safe(variant.name());
    }

    /** The manifest of the items in shown order, each with the ids of the images its stem shows. */
    byte[] write(Map<Snapshot.Item, TreeSet<Long>> items, LongFunction<String> imageHref) {
        QtiXml xml = new QtiXml().root("manifest", NAMESPACE, NAMESPACE + " " + SCHEMA + " " + LOM + " " + LOM_SCHEMA)
                .attr("identifier", "MANIFEST-" + safe(snapshot.code()) + "-" + safe(variant.name()));
        xml.open("metadata").leaf("schema", "QTI Package").leaf("schemaversion", "3.0.0").close();
        xml.empty("organizations");
        xml.open("resources");
        xml.open("resource").attr("identifier", testIdentifier()).attr("type", TEST_TYPE)
                .attr("href", QtiPackage.TEST);
        xml.empty("file").attr("href", QtiPackage.TEST);
        items.keySet().forEach(item -> xml.empty("dependency").attr("identifierref", itemIdentifier(item)));
        xml.close();
        items.forEach((item, images) -> {
            xml.open("resource").attr("identifier", itemIdentifier(item)).attr("type", ITEM_TYPE)
                    .attr("href", itemHref(item));
            metadata(xml, item);
            xml.empty("file").attr("href", itemHref(item));
            images.forEach(id -> xml.empty("dependency").attr("identifierref", "IMAGE-" + id));
            xml.close();
        });
        items.values().stream().flatMap(TreeSet::stream).distinct().sorted().forEach(id -> {
            xml.open("resource").attr("identifier", "IMAGE-" + id).attr("type", "webcontent")
                    .attr("href", imageHref.apply(id));
            xml.empty("file").attr("href", imageHref.apply(id)).close();
        });
        return xml.close().close().bytes();
    }

    private void metadata(QtiXml xml, Snapshot.Item item) {
        xml.open("metadata").open("lom").namespace(LOM);
        xml.open("general").open("identifier").leaf("catalog", "CertBank").leaf("entry", item.reference()).close()
                .close();
        xml.open("lifeCycle").open("version").leaf("string", String.valueOf(item.version())).close().close();
        if (!item.criteria().isEmpty()) {
            Snapshot.Qualification qualification = snapshot.qualification();
            xml.open("classification");
            xml.open("purpose").leaf("source", "LOMv1.0").leaf("value", "competency").close();
            for (String criterion : item.criteria()) {
                xml.open("taxonPath").open("source").openMixed("string").attr("language", "pl")
                        .text(qualification.code() + " " + qualification.name() + ", framework "
                                + qualification.frameworkVersion())
                        .close().close();
                xml.open("taxon").leaf("id", criterion).close().close();
            }
            xml.close();
        }
        xml.close().close();
    }

    /** The test: one part, one section, the items in {@code items}' order, the form's time limit. */
    byte[] test(List<Snapshot.Item> items) {
        QtiXml xml = new QtiXml().root("qti-assessment-test", QtiItem.NAMESPACE,
                QtiItem.NAMESPACE + " " + QtiItem.SCHEMA).attr("identifier", testIdentifier())
                .attr("title", snapshot.title() + " (" + variant.name() + ")");
        for (String outcome : List.of("SCORE", "MAXSCORE")) {
            xml.empty("qti-outcome-declaration").attr("identifier", outcome).attr("cardinality", "single")
                    .attr("base-type", "float");
        }
        if (snapshot.timeLimitMinutes() > 0) {
            xml.empty("qti-time-limits").attr("max-time", String.valueOf(snapshot.timeLimitMinutes() * 60L));
        }
        xml.open("qti-test-part").attr("identifier", "PART-1").attr("navigation-mode", "nonlinear")
                .attr("submission-mode", "simultaneous");
        xml.open("qti-assessment-section").attr("identifier", "SECTION-1").attr("title", snapshot.title())
                .attr("visible", "true");
        items.forEach(item -> xml.empty("qti-assessment-item-ref").attr("identifier", itemIdentifier(item))
                .attr("href", itemHref(item)));
        xml.close().close();
        xml.open("qti-outcome-processing");
        for (String outcome : List.of("SCORE", "MAXSCORE")) {
            xml.open("qti-set-outcome-value").attr("identifier", outcome).open("qti-sum");
            xml.empty("qti-test-variables").attr("variable-identifier", outcome).close().close();
        }
        return xml.close().close().bytes();
    }

    private static String safe(String text) {
        return text.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
