package io.ohmvision.channels.onvif;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services a device announces, by ONVIF namespace, with the audio inputs and outputs it counts: from GetServices
 * (with capabilities), or from GetCapabilities on firmware older than GetServices [S7]. Addresses are as the device
 * wrote them; {@link OnvifClient#reachable} turns one into an address on the host the device was reached on.
 *
 * @param audioSources audio inputs (microphones, line in) the DeviceIO service counts; 0 when it says nothing
 * @param audioOutputs audio outputs (speakers) likewise
 * @param readWith     the operation that answered: "GetServices" or "GetCapabilities"
 */
public record DeviceServices(Map<String, String> addresses, int audioSources, int audioOutputs, String readWith) {

    public static final String DEVICE = "http://www.onvif.org/ver10/device/wsdl";
    public static final String MEDIA = "http://www.onvif.org/ver10/media/wsdl";
    public static final String PTZ = "http://www.onvif.org/ver20/ptz/wsdl";
    public static final String EVENTS = "http://www.onvif.org/ver10/events/wsdl";
    public static final String IMAGING = "http://www.onvif.org/ver20/imaging/wsdl";
    public static final String ANALYTICS = "http://www.onvif.org/ver20/analytics/wsdl";
    public static final String RECORDING = "http://www.onvif.org/ver10/recording/wsdl";
    public static final String DEVICE_IO = "http://www.onvif.org/ver10/deviceIO/wsdl";
    /** A camera announces about ten services; more is not an answer to read further. */
    static final int MAX_SERVICES = 64;
    /** No real device has more audio channels than a 64-channel recorder; a larger count is not believed. */
    private static final int MAX_AUDIO_CHANNELS = 64;

    /** A GetCapabilities category: where its XAddr is, and the namespace of the service it stands for. */
    private record Category(String namespace, String... xAddrPath) {
    }

    private static final List<Category> CATEGORIES = List.of(new Category(MEDIA, "Media", "XAddr"),
            new Category(PTZ, "PTZ", "XAddr"), new Category(EVENTS, "Events", "XAddr"),
            new Category(IMAGING, "Imaging", "XAddr"), new Category(ANALYTICS, "Analytics", "XAddr"),
            new Category(RECORDING, "Extension", "Recording", "XAddr"),
            new Category(DEVICE_IO, "Extension", "DeviceIO", "XAddr"));

    public DeviceServices {
        addresses = Collections.unmodifiableMap(new LinkedHashMap<>(addresses));
    }

    public Optional<String> address(String namespace) {
        return Optional.ofNullable(addresses.get(namespace));
    }

    /** GetServicesResponse: Service/Namespace and XAddr; DeviceIO's Capabilities attributes count the audio. */
    static DeviceServices fromServices(SoapElement response) {
        Map<String, String> addresses = new LinkedHashMap<>();
        int audioSources = 0;
        int audioOutputs = 0;
        for (SoapElement service : response.children("Service").stream().limit(MAX_SERVICES).toList()) {
            String namespace = service.text("Namespace");
            String address = service.text("XAddr");
            if (namespace != null && address != null) {
                addresses.putIfAbsent(namespace, address);
            }
            if (DEVICE_IO.equals(namespace)) {
                Optional<SoapElement> capabilities = service.child("Capabilities", "Capabilities");
                audioSources = capabilities.map(c -> count(c.attribute("AudioSources"))).orElse(0);
                audioOutputs = capabilities.map(c -> count(c.attribute("AudioOutputs"))).orElse(0);
            }
        }
        return new DeviceServices(addresses, audioSources, audioOutputs, "GetServices");
    }

    /** GetCapabilitiesResponse: one element per category with its XAddr; Extension/DeviceIO counts the audio. */
    static DeviceServices fromCapabilities(SoapElement response) {
        Map<String, String> addresses = new LinkedHashMap<>();
        Optional<SoapElement> capabilities = response.child("Capabilities");
        for (Category category : CATEGORIES) {
            capabilities.map(c -> c.text(category.xAddrPath()))
                    .ifPresent(address -> addresses.put(category.namespace(), address));
        }
        Optional<SoapElement> deviceIo = capabilities.flatMap(c -> c.child("Extension", "DeviceIO"));
        return new DeviceServices(addresses, deviceIo.map(d -> count(d.text("AudioSources"))).orElse(0),
                deviceIo.map(d -> count(d.text("AudioOutputs"))).orElse(0), "GetCapabilities");
    }

    private static int count(String text) {
        try {
            int value = text == null ? 0 : Integer.parseInt(text.strip());
            return value < 0 || value > MAX_AUDIO_CHANNELS ? 0 : value;
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
