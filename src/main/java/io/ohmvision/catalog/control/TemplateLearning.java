package io.ohmvision.catalog.control;

import io.ohmvision.catalog.entity.LearnedTemplate;
import io.ohmvision.catalog.entity.UrlTemplate;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Remembers which template worked for which manufacturer, model and firmware, and puts the proven ones first for
 * the next camera of the same kind: the most specific match first, then the most often confirmed.
 */
@Stateless
public class TemplateLearning {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** A template ranked for a camera, with what was learned about it (empty when nothing was). */
    public record Ranked(Catalog.OwnedTemplate owned, Optional<LearnedTemplate> learned, int specificity) {
    }

    /** Records a confirmation; its own transaction, so a failure here never undoes the caller's work. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void confirm(String manufacturer, String model, String firmware, UrlTemplate template) {
        String modelKey = blankToEmpty(model);
        String firmwareKey = blankToEmpty(firmware);
        OffsetDateTime now = OffsetDateTime.now(clock);
        LearnedTemplate learned = em.createNamedQuery(LearnedTemplate.EXACT, LearnedTemplate.class)
                .setParameter("manufacturer", manufacturer).setParameter("model", modelKey)
                .setParameter("firmware", firmwareKey).setParameter("template", template.url().text())
                .getResultStream().findFirst()
                .orElseGet(() -> {
                    LearnedTemplate created = new LearnedTemplate(manufacturer, modelKey, firmwareKey, template, now);
                    em.persist(created);
                    return created;
                });
        learned.confirmedAgain(now);
        try {
            em.flush();
        } catch (PersistenceException racedWithAnotherNode) {
            // Another instance recorded the same template at the same moment: its row counts the confirmation.
        }
    }

    /** The manufacturer's templates, the learned ones first. */
    public List<Ranked> ranked(String manufacturer, String model, String firmware,
            List<Catalog.OwnedTemplate> templates) {
        Map<String, List<LearnedTemplate>> learnedByTemplate = em
                .createNamedQuery(LearnedTemplate.OF_MANUFACTURER, LearnedTemplate.class)
                .setParameter("manufacturer", manufacturer).getResultStream()
                .collect(Collectors.groupingBy(LearnedTemplate::urlTemplate));
        Comparator<LearnedTemplate> best = Comparator
                .comparingInt((LearnedTemplate l) -> l.specificityFor(model, firmware))
                .thenComparingInt(LearnedTemplate::confirmations);
        List<Ranked> ranked = templates.stream().map(owned -> {
            Optional<LearnedTemplate> learned = learnedByTemplate.getOrDefault(owned.template().url().text(), List.of())
                    .stream().max(best);
            return new Ranked(owned, learned, learned.map(l -> l.specificityFor(model, firmware)).orElse(0));
        }).toList();
        // Stable sort: unlearned templates keep the catalogue's order.
        return ranked.stream().sorted(Comparator.comparingInt(Ranked::specificity).reversed()
                .thenComparing(r -> r.learned().map(LearnedTemplate::confirmations).orElse(0),
                        Comparator.reverseOrder())).toList();
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.trim();
    }
}
