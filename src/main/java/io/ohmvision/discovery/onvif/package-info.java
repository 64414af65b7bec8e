/**
 * WS-Discovery (2005/04, as ONVIF uses it) for finding ONVIF devices: Probe out by multicast on explicitly chosen
 * interfaces only and by unicast to given addresses, ProbeMatches in. Plain Java, like the channels packages: the
 * boundary that exposes it over REST lives elsewhere.
 */
package io.ohmvision.discovery.onvif;
