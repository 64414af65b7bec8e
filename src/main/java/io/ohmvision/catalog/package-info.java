/**
 * The manufacturer catalogue: camera makers as data, and what can be derived from it.
 *
 * <h2>Data</h2>
 * {@code src/main/resources/catalog/manufacturers/index.json} lists the profile ids
 * ({@code {"manufacturers": ["hikvision", ...]}}); each {@code <id>.json} holds one
 * {@link io.ohmvision.catalog.entity.ManufacturerProfile}. Every fact carries {@code sources} (ids S1..S38 of
 * camera-facts.md) and {@code verified} (false where the facts say uncertain or iSpy-only). Fields:
 * <ul>
 * <li>{@code id} (= file name), {@code displayName}, {@code aliases} (names in IEEE registry entries, ONVIF
 * Manufacturer and scopes, matched on whole words), {@code excludedNames} (companies that merely share a word)</li>
 * <li>{@code oemOf}: [{manufacturer, sources, verified, note}]: the brand sells that maker's devices and inherits
 * its templates and ports</li>
 * <li>{@code localStreaming}: {available, note, sources}: when false, the note says what works instead</li>
 * <li>{@code ports}: [{name, port 1..65535, sources, verified, note}]; templates refer to a port by name</li>
 * <li>{@code defaultCredentials}: [{user, password ("" = blank), sources, verified, note}]</li>
 * <li>{@code capabilities}: {ptz, audio, twoWayAudio, analytics: true/false, absent = unknown; onvifProfiles;
 * sources}</li>
 * <li>{@code templates}: [{connectionType (wire name of ConnectionType), role (TemplateRole wire name), url,
 * port (port name behind {port}), stream (1 = main, behind {stream}, {stream0}, {channelStream}),
 * credentials (userinfo | template | none; template is implied by {user}/{password}), sources, verified,
 * note}]. Placeholders: see {@link io.ohmvision.catalog.entity.Placeholder}; numbers take a zero-padding
 * width, {@code {channel:2}} = "01".</li>
 * <li>{@code fingerprints}: [{match: {field: regex, ...} (all must hold; fields in
 * {@link io.ohmvision.catalog.entity.FingerprintField}), sources, verified, note}]</li>
 * <li>{@code notes}: operator-facing facts that fit no field</li>
 * </ul>
 *
 * <h2>Code</h2>
 * {@link io.ohmvision.catalog.control.CatalogLoader} reads and validates everything at startup (failing with the
 * file and field); {@link io.ohmvision.catalog.control.Catalog} answers candidate URLs and default ports;
 * {@link io.ohmvision.catalog.control.MacVendorLookup}, {@link io.ohmvision.catalog.control.FingerprintMatcher},
 * {@link io.ohmvision.catalog.control.OnvifVendorMatcher} and {@link io.ohmvision.catalog.control.PathTemplateMatcher}
 * recognise the maker of a device, each with its evidence. All are plain, immutable after construction and
 * thread-safe, so a CDI producer can expose them as application-scoped beans.
 */
package io.ohmvision.catalog;
