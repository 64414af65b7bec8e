package io.ohmvision.cameras.boundary;

import java.util.List;

/** One page of a camera list. */
public record CameraPage(List<CameraView> items, int page, int size, long totalItems, long totalPages) {
}
