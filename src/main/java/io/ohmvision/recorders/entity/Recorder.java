package io.ohmvision.recorders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * An NVR or DVR: one device whose channels are cameras of their own (linked by cameras.recorder_id). Its password
 * is held encrypted, like a camera's.
 */
@Entity
@Table(name = "recorders")
public class Recorder {

    @Id
    @SequenceGenerator(name = "recorders_seq", sequenceName = "recorders_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "recorders_seq")
    private Long id;
    @Column(nullable = false, length = 200)
    private String name;
    private String manufacturer;
    @Column(name = "ip_address", nullable = false)
    private String ipAddress;
    @Column(nullable = false)
    private int port;
    private String username;
    @Column(name = "password", length = 1024)
    private String encryptedPassword;
    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    protected Recorder() {
    }

    public Recorder(String name, String manufacturer, String ipAddress, int port, String username,
            String encryptedPassword, Instant createdAt) {
        this.name = name;
        this.manufacturer = manufacturer;
        this.ipAddress = ipAddress;
        this.port = port;
        this.username = username;
        this.encryptedPassword = encryptedPassword;
        this.createdAt = createdAt.atOffset(ZoneOffset.UTC);
    }

    /** New credentials (the password sealed); the channel cameras get the same. */
    public void changeCredentials(String username, String encryptedPassword) {
        this.username = username;
        this.encryptedPassword = encryptedPassword;
    }

    /** The recorder's RTSP service root: what its own liveness check asks. */
    public String rootUrl() {
        return "rtsp://" + (ipAddress.indexOf(':') >= 0 ? "[" + ipAddress + "]" : ipAddress) + ":" + port + "/";
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getManufacturer() { return manufacturer; }
    public String getIpAddress() { return ipAddress; }
    public int getPort() { return port; }
    public String getUsername() { return username; }
    public String getEncryptedPassword() { return encryptedPassword; }
    public boolean hasPassword() { return encryptedPassword != null && !encryptedPassword.isEmpty(); }
    public OffsetDateTime getCreatedAt() { return createdAt; }
}
