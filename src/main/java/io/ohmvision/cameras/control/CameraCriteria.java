package io.ohmvision.cameras.control;

import io.ohmvision.cameras.entity.Camera;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A camera filter and sort as Criteria over {@link Camera}, so that a list is narrowed, ordered and paged by the
 * database. Standard Criteria only, with no literal outside the WHERE clause (EclipseLink binds literals as
 * parameters, which a database cannot type inside an ORDER BY), for H2 and PostgreSQL alike.
 */
final class CameraCriteria {

    private CameraCriteria() {
    }

    static List<Predicate> where(CriteriaBuilder cb, Root<Camera> camera, CameraFilter filter) {
        List<Predicate> where = new ArrayList<>();
        filter.manufacturer().ifPresent(m ->
                where.add(cb.equal(cb.lower(camera.get("manufacturer")), m.toLowerCase(Locale.ROOT))));
        filter.connectionType().ifPresent(t -> where.add(cb.equal(camera.get("connectionType"), t.wireName())));
        filter.health().ifPresent(h -> where.add(cb.equal(camera.get("connectionHealth"), h.wireName())));
        filter.enabled().ifPresent(e -> where.add(cb.equal(camera.get("enabled"), e)));
        filter.contains().forEach(c -> where.add(contains(cb, camera, c)));
        return where;
    }

    private static Predicate contains(CriteriaBuilder cb, Root<Camera> camera, CameraFilter.Contains search) {
        if (search.column() != CameraColumn.ADDRESS) {
            return cb.like(cb.lower(camera.get(attribute(search.column()))), "%" + literal(search.text()) + "%");
        }
        AddressSearch address = AddressSearch.of(search.text());
        Path<String> host = camera.get("ipAddress");
        Predicate inHost = cb.like(cb.lower(host), "%" + literal(search.text()) + "%");
        if (address.hostSuffix().isEmpty() || address.ports().isEmpty()) {
            return inHost;
        }
        Path<Integer> port = camera.get("port");
        Predicate portBegins = cb.or(address.ports().stream()
                .map(r -> cb.between(port, r.first(), r.last())).toArray(Predicate[]::new));
        return cb.or(inHost, cb.and(cb.like(cb.lower(host), "%" + literal(address.hostSuffix().get())),
                portBegins));
    }

    /**
     * Lower case, with LIKE's wildcards taken literally. The escape character is the backslash, the default of
     * both H2 and PostgreSQL: no ESCAPE clause, whose bound character not every database accepts.
     */
    static String literal(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '%' || c == '_' || c == '\\') {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** Whether a camera has a value in the sorted column: those without come last (see CameraRegistry#list). */
    static Predicate known(CriteriaBuilder cb, Root<Camera> camera, CameraColumn column, boolean known) {
        Path<Object> value = camera.get(attribute(column));
        return known ? cb.isNotNull(value) : cb.isNull(value);
    }

    /** The column's order, then name and id: ties are broken the same way on every page. */
    static List<Order> orderBy(CriteriaBuilder cb, Root<Camera> camera, CameraSort sort) {
        List<Expression<?>> keys = new ArrayList<>(switch (sort.column()) {
            case NAME, MANUFACTURER -> List.of(cb.lower(camera.get(attribute(sort.column()))));
            case ADDRESS -> List.of(cb.lower(camera.get("ipAddress")), camera.get("port"));
            default -> List.of(camera.get(attribute(sort.column())));
        });
        List<Order> order = new ArrayList<>();
        keys.forEach(key -> order.add(sort.descending() ? cb.desc(key) : cb.asc(key)));
        if (sort.column() != CameraColumn.NAME) {
            order.add(cb.asc(cb.lower(camera.get("name"))));
        }
        order.add(cb.asc(camera.get("id")));
        return order;
    }

    /** The Camera attribute a column shows. */
    static String attribute(CameraColumn column) {
        return switch (column) {
            case NAME -> "name";
            case ADDRESS -> "ipAddress";
            case MANUFACTURER -> "manufacturer";
            case CONNECTION_TYPE -> "connectionType";
            case LEVEL -> "connectionHealth";
            case LATENCY -> "lastLatencyMillis";
            case UPTIME -> "uptimePercentage";
            case LAST_CHECK -> "lastHealthCheck";
        };
    }
}
