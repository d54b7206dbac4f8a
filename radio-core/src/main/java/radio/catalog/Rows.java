package radio.catalog;

/** Validation shared by the row records. */
final class Rows {
    private Rows() {
    }

    static String requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }
}
