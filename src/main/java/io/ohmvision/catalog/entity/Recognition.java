package io.ohmvision.catalog.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A manufacturer the device probably comes from, with the evidence for it. */
public record Recognition(String manufacturerId, List<Evidence> evidence) {

    public Recognition {
        evidence = List.copyOf(evidence);
    }

    public long verifiedEvidence() {
        return evidence.stream().filter(Evidence::verified).count();
    }

    /**
     * One recognition per manufacturer, evidence pooled, strongest first: more verified evidence, then more
     * evidence; ties keep the order in which they were found.
     */
    public static List<Recognition> ranked(Collection<Recognition> found) {
        Map<String, List<Evidence>> pooled = new LinkedHashMap<>();
        found.forEach(r -> pooled.computeIfAbsent(r.manufacturerId(), id -> new ArrayList<>()).addAll(r.evidence()));
        return pooled.entrySet().stream().map(e -> new Recognition(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Recognition::verifiedEvidence)
                        .thenComparingInt(r -> r.evidence().size()).reversed())
                .toList();
    }
}
