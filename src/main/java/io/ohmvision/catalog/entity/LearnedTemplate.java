package io.ohmvision.catalog.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * A catalogue template that worked for a camera of this manufacturer, model and firmware. Model and firmware are
 * stored as "" when unknown, so the unique key (manufacturer, model, firmware, template) holds on every database.
 */
@Entity
@Table(name = "learned_templates")
@NamedQuery(name = LearnedTemplate.OF_MANUFACTURER,
        query = "select l from LearnedTemplate l where l.manufacturer = :manufacturer")
@NamedQuery(name = LearnedTemplate.EXACT, query = "select l from LearnedTemplate l where l.manufacturer = :manufacturer"
        + " and l.model = :model and l.firmwareVersion = :firmware and l.urlTemplate = :template")
public class LearnedTemplate {

    public static final String OF_MANUFACTURER = "LearnedTemplate.ofManufacturer";
    public static final String EXACT = "LearnedTemplate.exact";

    @Id
    @SequenceGenerator(name = "learned_templates_seq", sequenceName = "learned_templates_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learned_templates_seq")
    private Long id;

    @Column(nullable = false)
    private String manufacturer;
    @Column(nullable = false)
    private String model;
    @Column(name = "firmware_version", nullable = false)
    private String firmwareVersion;
    @Column(name = "connection_type", nullable = false)
    private String connectionType;
    @Column(nullable = false)
    private String role;
    @Column(name = "url_template", nullable = false)
    private String urlTemplate;
    @Column(nullable = false)
    private int confirmations;
    @Column(name = "first_confirmed_at", nullable = false)
    private OffsetDateTime firstConfirmedAt;
    @Column(name = "last_confirmed_at", nullable = false)
    private OffsetDateTime lastConfirmedAt;
    @Version
    private long version;

    protected LearnedTemplate() {
    }

    public LearnedTemplate(String manufacturer, String model, String firmwareVersion, UrlTemplate template,
            OffsetDateTime now) {
        this.manufacturer = manufacturer;
        this.model = model;
        this.firmwareVersion = firmwareVersion;
        this.connectionType = template.connectionType().wireName();
        this.role = template.role().wireName();
        this.urlTemplate = template.url().text();
        this.firstConfirmedAt = now;
        this.lastConfirmedAt = now;
    }

    public void confirmedAgain(OffsetDateTime now) {
        confirmations++;
        lastConfirmedAt = now;
    }

    /** 3: same model and firmware; 2: same model; 1: same manufacturer only. */
    public int specificityFor(String wantedModel, String wantedFirmware) {
        if (!model.isEmpty() && model.equalsIgnoreCase(wantedModel)) {
            return !firmwareVersion.isEmpty() && firmwareVersion.equalsIgnoreCase(wantedFirmware) ? 3 : 2;
        }
        return 1;
    }

    public String manufacturer() { return manufacturer; }
    public String model() { return model; }
    public String firmwareVersion() { return firmwareVersion; }
    public String urlTemplate() { return urlTemplate; }
    public int confirmations() { return confirmations; }
    public OffsetDateTime lastConfirmedAt() { return lastConfirmedAt; }
}
