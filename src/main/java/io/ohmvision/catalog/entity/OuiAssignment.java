package io.ohmvision.catalog.entity;

/**
 * One IEEE registry block.
 *
 * @param registry     MA-L (24-bit), MA-M (28-bit) or MA-S (36-bit)
 * @param assignment   upper-case hex prefix without separators, 6, 7 or 9 digits
 * @param organization the registered organisation name
 */
public record OuiAssignment(String registry, String assignment, String organization) {
}
