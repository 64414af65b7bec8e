package io.ohmvision.catalog.control;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import io.ohmvision.catalog.entity.OuiAssignment;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The IEEE MAC address registry as shipped by Debian's {@code ieee-data} package: {@code oui.csv} (MA-L, 24-bit),
 * {@code mam.csv} (MA-M, 28-bit) and {@code oui36.csv} (MA-S, 36-bit). A lookup returns the longest matching block,
 * because MA-M and MA-S blocks are carved out of MA-L blocks registered to the IEEE itself.
 */
public final class OuiRegistry {

    public static final Path DEFAULT_DIRECTORY = Path.of("/usr/share/ieee-data");
    /** Where the build puts a copy of the registry inside the application, when the build machine had one. */
    public static final String BUNDLED_RESOURCE_DIRECTORY = "ieee-data";
    static final List<String> FILES = List.of("oui.csv", "mam.csv", "oui36.csv");
    private static final String INSTALL_HINT = "install Debian's ieee-data package (apt-get install ieee-data)";
    /** Hex digits of an MA-S, MA-M and MA-L assignment, longest first. */
    private static final int[] PREFIX_LENGTHS = {9, 7, 6};

    private final Map<String, OuiAssignment> byAssignment;

    private OuiRegistry(Map<String, OuiAssignment> byAssignment) {
        this.byAssignment = Map.copyOf(byAssignment);
    }

    /**
     * @param directory a directory holding oui.csv, mam.csv and oui36.csv (default {@link #DEFAULT_DIRECTORY})
     * @throws IllegalStateException naming the directory and the package to install when a file is missing
     */
    public static OuiRegistry load(Path directory) {
        Map<String, OuiAssignment> assignments = new HashMap<>();
        for (String name : FILES) {
            Path file = directory.resolve(name);
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("IEEE registry file " + file + " is missing: " + INSTALL_HINT);
            }
            try (InputStream in = Files.newInputStream(file)) {
                read(file.toString(), in, assignments);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return new OuiRegistry(assignments);
    }

    /** The copy the build bundled into the application (see the pom's bundle-ieee-registry execution). */
    public static OuiRegistry loadBundled(ClassLoader classLoader) {
        Map<String, OuiAssignment> assignments = new HashMap<>();
        for (String name : FILES) {
            String resource = BUNDLED_RESOURCE_DIRECTORY + "/" + name;
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("IEEE registry " + resource + " was not bundled at build time: "
                            + INSTALL_HINT + " on the build machine, or load it from a directory");
                }
                read(resource, in, assignments);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return new OuiRegistry(assignments);
    }

    /**
     * The directory's registry when it has one (it may be fresher: {@code update-ieee-data} refreshes it), else
     * the copy bundled at build time.
     *
     * @throws IllegalStateException when neither exists, saying what to install
     */
    public static OuiRegistry loadDirectoryOrBundled(Path directory, ClassLoader classLoader) {
        boolean complete = FILES.stream().allMatch(name -> Files.isReadable(directory.resolve(name)));
        return complete ? load(directory) : loadBundled(classLoader);
    }

    private static void read(String source, InputStream in, Map<String, OuiAssignment> into) throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
        // Header: Registry,Assignment,Organization Name,Organization Address (quoted fields contain commas)
        try (CSVReader csv = new CSVReaderBuilder(reader).withSkipLines(1).build()) {
            for (String[] row : csv.readAll()) {
                if (row.length >= 3 && !row[1].isBlank()) {
                    String assignment = row[1].trim().toUpperCase(Locale.ROOT);
                    into.put(assignment, new OuiAssignment(row[0].trim(), assignment, row[2].trim()));
                }
            }
        } catch (CsvException e) {
            throw new IllegalStateException(source + " is not a valid IEEE registry CSV: " + e.getMessage(), e);
        }
    }

    /**
     * @param mac a MAC address or prefix in any common notation (00:BC:99:..., 00-bc-99-..., 00bc.99..)
     * @return the longest registered block containing it; empty for unregistered or malformed input
     */
    public Optional<OuiAssignment> lookup(String mac) {
        String hex = mac == null ? "" : mac.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(Locale.ROOT);
        for (int length : PREFIX_LENGTHS) {
            if (hex.length() >= length) {
                OuiAssignment assignment = byAssignment.get(hex.substring(0, length));
                if (assignment != null) {
                    return Optional.of(assignment);
                }
            }
        }
        return Optional.empty();
    }

    public int size() {
        return byAssignment.size();
    }
}
