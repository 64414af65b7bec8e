package io.ohmvision.channels.http;

import io.ohmvision.channels.MediaFacts;

/** What a successful HTTP reply turned out to carry, in the words of a probe's OK reason. */
record CameraPicture(String description, MediaFacts media) {
}
