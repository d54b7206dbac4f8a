package radio.archive.mast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One parsed {@code invoke} (or SANTA) answer. {@code rows} are the {@code data} objects, or, for name
 * resolution answers, the {@code resolvedCoordinate} entries. {@code fields} may be empty (SANTA, name lookup).
 * Immutable.
 */
public record MastResponse(MastStatus status, String msg, List<MastField> fields, List<MastRow> rows,
                           Optional<Paging> paging) {
    public MastResponse {
        Objects.requireNonNull(status, "status");
        msg = msg == null ? "" : msg;
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
        Objects.requireNonNull(paging, "paging");
    }

    /** The declared type of a column, if {@code fields} names it. */
    public Optional<String> declaredType(String column) {
        return fields.stream().filter(f -> f.name().equals(column)).map(MastField::type).findFirst();
    }
}
