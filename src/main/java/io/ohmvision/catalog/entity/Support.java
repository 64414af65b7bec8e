package io.ohmvision.catalog.entity;

/** Whether a capability is known to exist; most facts are silent, and silence must not read as "no". */
public enum Support {
    YES, NO, UNKNOWN
}
