package io.ohmvision.cameras.control;

/**
 * The order of a camera list. Cameras whose value is unknown (never checked, no address) come last in both
 * directions, and ties are broken by name then id so that paging is stable.
 */
public record CameraSort(CameraColumn column, boolean descending) {

    public static final CameraSort BY_NAME = new CameraSort(CameraColumn.NAME, false);
}
