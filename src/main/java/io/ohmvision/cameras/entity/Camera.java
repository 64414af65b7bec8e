package io.ohmvision.cameras.entity;

import io.ohmvision.channels.ConnectionType;
import io.ohmvision.channels.StreamUrl;
import io.ohmvision.channels.webhook.ReceiverUrl;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedNativeQuery;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A camera as registered. URLs are stored without credentials; the user name is plain and the password is only
 * held encrypted (see cameras.control.CredentialVault), so a dump of this table reveals no camera password.
 */
@Entity
@Table(name = "cameras")
// Native on purpose: a JPQL bulk update raises the row's @Version in EclipseLink, and health is written on every
// check, so an operator editing a monitored camera got a 409 whenever a check came in between. Latency and uptime
// are copied here too, so that the console's camera table sorts by them in the database. The casts type the nulls
// of an offline camera for PostgreSQL; a null uptime keeps the stored one (computed only now and then, HealthRecorder).
@NamedNativeQuery(name = Camera.RECORD_HEALTH, query = "update cameras set connection_health = ?1, "
        + "last_health_check = ?2, last_latency_ms = cast(?3 as bigint), "
        + "uptime_percentage = coalesce(cast(?4 as double precision), uptime_percentage), "
        + "failed_connection_attempts = ?5, last_error_message = ?6 where id = ?7")
// The row locks checks take before they write health rows (CameraHealthColumns.lock): id and name only, not the
// entity, which a find with a lock mode builds and registers in full on every check; in id order, so that two
// transactions storing overlapping batches of checks lock in the same order and never deadlock.
@NamedQuery(name = Camera.LOCK_FOR_HEALTH, query = "select c.id, c.name from Camera c where c.id in :ids order by c.id",
        lockMode = LockModeType.PESSIMISTIC_WRITE)
public class Camera {

    /** The longest name the table holds. */
    public static final int NAME_MAX = 200;

    @Id
    @SequenceGenerator(name = "cameras_seq", sequenceName = "cameras_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cameras_seq")
    private Long id;

    @Column(nullable = false, length = NAME_MAX)
    private String name;
    @Column(name = "ip_address")
    private String ipAddress;
    private Integer port;
    /**
     * Only rows written by the previous version (v3) have it. Kept as v3 wrote it, credentials included, while v3 may
     * still read this database; only once it is retired are they removed (see LegacyCameraCompletion).
     */
    @Column(name = "rtsp_url", length = 2048)
    private String rtspUrl;
    private String username;
    @Column(name = "password", length = 1024)
    private String encryptedPassword;
    private String manufacturer;
    private String model;
    @Column(name = "firmware_version")
    private String firmwareVersion;
    @Column(name = "serial_number")
    private String serialNumber;
    @Column(name = "mac_address", length = 17)
    private String macAddress;
    @Column(name = "connection_type", length = 20)
    private String connectionType;
    @Column(name = "primary_stream_url", length = 2048)
    private String primaryStreamUrl;
    @Column(name = "secondary_stream_url", length = 2048)
    private String secondaryStreamUrl;
    @Column(name = "snapshot_url", length = 2048)
    private String snapshotUrl;
    @Column(name = "connection_config")
    private String connectionConfig;
    /** Encrypted like a password: cloud settings carry refresh tokens. */
    @Column(name = "cloud_config")
    private String encryptedCloudConfig;
    @Column(name = "connection_health", length = 20)
    private String connectionHealth = HealthLevel.UNKNOWN.wireName();
    @Column(name = "last_health_check")
    private OffsetDateTime lastHealthCheck;
    @Column(name = "last_latency_ms")
    private Long lastLatencyMillis;
    /** Over the last 30 days, as of the last check (null while nothing is known). */
    @Column(name = "uptime_percentage")
    private Double uptimePercentage;
    @Column(name = "failed_connection_attempts", nullable = false)
    private int failedConnectionAttempts;
    @Column(name = "last_error_message", length = 1024)
    private String lastErrorMessage;
    @Column(nullable = false)
    private boolean enabled = true;
    /** Set for a recorder's channel: the NVR/DVR it is reached through, and its channel there (from 1). */
    @Column(name = "recorder_id")
    private Long recorderId;
    @Column(name = "recorder_channel")
    private Integer recorderChannel;
    /** The ONVIF device service found on this camera's device; null when none is known. */
    @Column(name = "onvif_device_url", length = 2048)
    private String onvifDeviceUrl;
    // What the device said it can do: plain columns, all null until read (capabilitiesReadAt says whether)
    @Column(name = "capability_ptz")
    private Boolean capabilityPtz;
    @Column(name = "capability_audio_in")
    private Integer capabilityAudioIn;
    @Column(name = "capability_audio_out")
    private Integer capabilityAudioOut;
    @Column(name = "capability_events")
    private Boolean capabilityEvents;
    @Column(name = "capability_imaging")
    private Boolean capabilityImaging;
    @Column(name = "capability_analytics")
    private Boolean capabilityAnalytics;
    @Column(name = "capability_recording")
    private Boolean capabilityRecording;
    @Column(name = "capabilities_read_at")
    private OffsetDateTime capabilitiesReadAt;
    @Column(name = "capabilities_read_with", length = 20)
    private String capabilitiesReadWith;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
    @Version
    private long version;

    public Camera() {
    }

    public Camera(String name) {
        this.name = name;
    }

    /**
     * A recorder's channel, reached through the recorder with the recorder's credentials (sealed already).
     *
     * @param configuration the channel's streams on the recorder's address; its type is nvr
     */
    public static Camera recorderChannel(CameraConfiguration configuration, long recorderId, int channel,
            String username, String encryptedPassword) {
        Camera camera = new Camera();
        camera.configure(configuration);
        camera.changeCredentials(username, encryptedPassword);
        camera.linkToRecorder(recorderId, channel);
        return camera;
    }

    /** Takes checked settings whole: the name trimmed, the MAC address in one spelling. */
    public void configure(CameraConfiguration configuration) {
        name = configuration.name().trim();
        ipAddress = configuration.ipAddress();
        port = configuration.port();
        manufacturer = configuration.manufacturer();
        model = configuration.model();
        firmwareVersion = configuration.firmwareVersion();
        serialNumber = configuration.serialNumber();
        macAddress = normalizeMac(configuration.macAddress());
        setConnectionType(configuration.connectionType());
        primaryStreamUrl = configuration.primaryStreamUrl();
        secondaryStreamUrl = configuration.secondaryStreamUrl();
        snapshotUrl = configuration.snapshotUrl();
        connectionConfig = configuration.connectionConfig();
        enabled = configuration.enabled();
        nameReceiver();
        forgetDeviceLeftBehind();
    }

    /**
     * A camera moved to another device (none of its URLs is on the device service's host any more) forgets the device
     * service and the capabilities read from it: they were the old device's, and the service would no longer receive
     * the camera's password (CredentialOrigins), so PTZ sent there would fail. Refreshing the capabilities finds the
     * new device's.
     */
    private void forgetDeviceLeftBehind() {
        Optional<String> deviceHost = StreamUrl.parse(onvifDeviceUrl).map(StreamUrl::host);
        if (deviceHost.isEmpty() || Stream.of(primaryStreamUrl, secondaryStreamUrl, snapshotUrl)
                .map(StreamUrl::parse).flatMap(Optional::stream)
                .anyMatch(url -> url.host().equalsIgnoreCase(deviceHost.get()))) {
            return;
        }
        onvifDeviceUrl = null;
        capabilityPtz = null;
        capabilityAudioIn = null;
        capabilityAudioOut = null;
        capabilityEvents = null;
        capabilityImaging = null;
        capabilityAnalytics = null;
        capabilityRecording = null;
        capabilitiesReadAt = null;
        capabilitiesReadWith = null;
    }

    /**
     * A webhook camera without a stream of its own is checked through its receiver (see ReceiverUrl), which is named
     * by the camera's id: once it has one.
     */
    public void nameReceiver() {
        if (getConnectionType() == ConnectionType.WEBHOOK && primaryStreamUrl == null && id != null) {
            primaryStreamUrl = ReceiverUrl.of(id);
        }
    }

    /** New credentials: the password sealed by the caller (cameras.control.CredentialVault), null for none. */
    public void changeCredentials(String username, String encryptedPassword) {
        this.username = username;
        this.encryptedPassword = encryptedPassword;
    }

    /** The form MACs are stored in: upper case, colon-separated; also how they are looked up. */
    public static String normalizeMac(String mac) {
        if (mac == null) {
            return null;
        }
        String hex = mac.replaceAll("[:-]", "").toUpperCase(Locale.ROOT);
        return String.join(":", hex.split("(?<=\\G..)"));
    }

    /** The device service these capabilities were read from; where ONVIF commands (PTZ) go from now on. */
    public void recordOnvifDevice(String deviceServiceUrl, CameraCapabilities read) {
        onvifDeviceUrl = deviceServiceUrl;
        capabilityPtz = read.ptz();
        capabilityAudioIn = read.audioIn();
        capabilityAudioOut = read.audioOut();
        capabilityEvents = read.events();
        capabilityImaging = read.imaging();
        capabilityAnalytics = read.analytics();
        capabilityRecording = read.recording();
        capabilitiesReadAt = read.readAt();
        capabilitiesReadWith = read.readWith();
    }

    /** Null until the device's capabilities were read. */
    public CameraCapabilities getCapabilities() {
        if (capabilitiesReadAt == null) {
            return null;
        }
        return new CameraCapabilities(Boolean.TRUE.equals(capabilityPtz), count(capabilityAudioIn),
                count(capabilityAudioOut), Boolean.TRUE.equals(capabilityEvents),
                Boolean.TRUE.equals(capabilityImaging), Boolean.TRUE.equals(capabilityAnalytics),
                Boolean.TRUE.equals(capabilityRecording), capabilitiesReadAt, capabilitiesReadWith);
    }

    private static int count(Integer stored) {
        return stored == null ? 0 : stored;
    }

    public String getOnvifDeviceUrl() { return onvifDeviceUrl; }

    @PrePersist
    void onCreate() {
        createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    /**
     * Completes a row that older versions stored with only rtsp_url: type, address and primary stream come from
     * the URL, the primary stream without the credentials. rtsp_url itself stays as it is (v3 may still read it).
     *
     * @return the credentials that were found in the URL, to be stored encrypted by the caller; null if none
     */
    public StreamUrl completeFromLegacyUrl(StreamUrl legacy, String guessedManufacturer) {
        connectionType = ConnectionType.RTSP.wireName();
        primaryStreamUrl = legacy.withoutCredentials().toConnectString();
        if (ipAddress == null) {
            ipAddress = legacy.host();
        }
        if (port == null) {
            port = legacy.port() > 0 ? legacy.port() : 554;
        }
        if (manufacturer == null) {
            manufacturer = guessedManufacturer;
        }
        return legacy.hasCredentials() ? legacy : null;
    }

    public static final String RECORD_HEALTH = "Camera.recordHealth";
    public static final String LOCK_FOR_HEALTH = "Camera.lockForHealth";

    /** A row v3 wrote that is not completed yet (credentials left in rtsp_url say nothing: they stay there for v3). */
    public boolean needsLegacyCompletion() {
        return rtspUrl != null && (connectionType == null || primaryStreamUrl == null);
    }

    /**
     * Once v3 no longer reads this database: its rtsp_url loses the credentials (moved out when the row was
     * completed), so that no password is left in clear.
     *
     * @return whether there were credentials to remove
     */
    public boolean forgetLegacyUrlCredentials() {
        StreamUrl legacy = StreamUrl.parse(rtspUrl).orElse(null);
        if (legacy == null || !legacy.hasCredentials()) {
            return false;
        }
        rtspUrl = legacy.withoutCredentials().toConnectString();
        return true;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getIpAddress() { return ipAddress; }
    public void setIpAddress(String ipAddress) { this.ipAddress = ipAddress; }
    public Integer getPort() { return port; }
    public void setPort(Integer port) { this.port = port; }
    public String getRtspUrl() { return rtspUrl; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getEncryptedPassword() { return encryptedPassword; }
    public void setEncryptedPassword(String encryptedPassword) { this.encryptedPassword = encryptedPassword; }
    public boolean hasPassword() { return encryptedPassword != null && !encryptedPassword.isEmpty(); }
    public String getManufacturer() { return manufacturer; }
    public void setManufacturer(String manufacturer) { this.manufacturer = manufacturer; }
    public String getModel() { return model; }
    public void setModel(String model) { this.model = model; }
    public String getFirmwareVersion() { return firmwareVersion; }
    public void setFirmwareVersion(String firmwareVersion) { this.firmwareVersion = firmwareVersion; }
    public String getSerialNumber() { return serialNumber; }
    public void setSerialNumber(String serialNumber) { this.serialNumber = serialNumber; }
    public String getMacAddress() { return macAddress; }
    public void setMacAddress(String macAddress) { this.macAddress = macAddress; }
    public ConnectionType getConnectionType() {
        return ConnectionType.fromWireName(connectionType).orElse(null);
    }
    public void setConnectionType(ConnectionType type) { this.connectionType = type == null ? null : type.wireName(); }
    public String getPrimaryStreamUrl() { return primaryStreamUrl; }
    public void setPrimaryStreamUrl(String url) { this.primaryStreamUrl = url; }
    public String getSecondaryStreamUrl() { return secondaryStreamUrl; }
    public void setSecondaryStreamUrl(String url) { this.secondaryStreamUrl = url; }
    public String getSnapshotUrl() { return snapshotUrl; }
    public void setSnapshotUrl(String url) { this.snapshotUrl = url; }
    public String getConnectionConfig() { return connectionConfig; }
    public void setConnectionConfig(String json) { this.connectionConfig = json; }
    public String getEncryptedCloudConfig() { return encryptedCloudConfig; }
    public void setEncryptedCloudConfig(String encrypted) { this.encryptedCloudConfig = encrypted; }
    public HealthLevel getConnectionHealth() {
        return HealthLevel.fromWireName(connectionHealth).orElse(HealthLevel.UNKNOWN);
    }
    public OffsetDateTime getLastHealthCheck() { return lastHealthCheck; }
    public Long getLastLatencyMillis() { return lastLatencyMillis; }
    public Double getUptimePercentage() { return uptimePercentage; }
    public int getFailedConnectionAttempts() { return failedConnectionAttempts; }
    public String getLastErrorMessage() { return lastErrorMessage; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public Long getRecorderId() { return recorderId; }
    public Integer getRecorderChannel() { return recorderChannel; }
    public void linkToRecorder(long recorder, int channel) {
        this.recorderId = recorder;
        this.recorderChannel = channel;
    }
    public OffsetDateTime getCreatedAt() { return createdAt; }
    public OffsetDateTime getUpdatedAt() { return updatedAt; }
    public long getVersion() { return version; }
}
