package radio.archive.mast;

import java.util.Objects;

/**
 * A column as MAST's {@code fields} declares it. The declared {@code type} is not reliable for the JSON kind
 * of the values ({@code obsid} is declared {@code string} but sent as a number); {@link MastRow} reads both.
 */
public record MastField(String name, String type) {
    public MastField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
