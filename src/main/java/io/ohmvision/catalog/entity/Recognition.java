package io.ohmvision.catalog.entity;

import java.util.List;

/** A manufacturer the device probably comes from, with the evidence for it. */
public record Recognition(String manufacturerId, List<Evidence> evidence) {
    public Recognition {
        evidence = List.copyOf(evidence);
    }
}
