package radio.spark;

import java.util.Locale;

/** How the output tables are written. */
enum Format {
    PARQUET("parquet", ".parquet"),
    CSV("csv", ".csv");

    private final String sparkName;
    private final String fileSuffix;

    Format(String sparkName, String fileSuffix) {
        this.sparkName = sparkName;
        this.fileSuffix = fileSuffix;
    }

    /** Spark's name of the data source. */
    String sparkName() {
        return sparkName;
    }

    /** How Spark's data files of this format end. */
    String fileSuffix() {
        return fileSuffix;
    }

    static Format parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "parquet" -> PARQUET;
            case "csv" -> CSV;
            default -> throw new IllegalArgumentException("--format: '" + text + "' is not parquet or csv");
        };
    }
}
