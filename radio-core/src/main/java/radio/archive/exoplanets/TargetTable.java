package radio.archive.exoplanets;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * NASA Exoplanet Archive tables that list targets, each with the column that makes a searchable designation:
 * what {@code radio targets --table T --format text} prints and {@code radio search --targets-file -} reads.
 */
public enum TargetTable {
    /** K2 planets: host EPIC ids ({@code EPIC n}). */
    K2NAMES("k2names", "epic_id"),
    /** Kepler planets and candidates: host KIC ids ({@code KIC n}). */
    KEPLERNAMES("keplernames", "kepid"),
    /** TESS objects of interest: host TIC ids ({@code TIC n}). */
    TOI("toi", "tid"),
    /** Confirmed planets, one row each: host names ({@code K2-18}, {@code WASP-47}, ...). */
    PSCOMPPARS("pscomppars", "hostname");

    private final String tableName;
    private final String column;

    TargetTable(String tableName, String column) {
        this.tableName = tableName;
        this.column = column;
    }

    /** The archive's table name, e.g. {@code k2names}. */
    public String tableName() {
        return tableName;
    }

    /** The column giving each row's target. */
    public String column() {
        return column;
    }

    /** {@code select <column> from <table>}. */
    public TapQuery query() {
        return TapQuery.json("select " + column + " from " + tableName);
    }

    /**
     * The table's targets as searchable designations, duplicates removed, in the archive's order: one TAP query.
     *
     * @throws radio.archive.exoplanets.TapException when the archive refuses the query
     */
    public List<String> designations(ExoplanetArchiveClient archive) throws IOException, InterruptedException {
        Set<String> out = new LinkedHashSet<>();
        try (TapRows rows = archive.query(query())) {
            while (rows.next()) {
                Object v = rows.row().get(0);
                String text = v == null ? "" : (v instanceof BigDecimal b ? b.toPlainString() : v.toString()).strip();
                String d = designation(column, text);
                if (!d.isEmpty()) {
                    out.add(d);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /**
     * A bare catalogue number with the prefix that makes it searchable: {@code kepid} → {@code KIC n}, {@code tid} →
     * {@code TIC n}, {@code epic_id} → {@code EPIC n}, {@code toi} → {@code TOI-n.nn}; anything else unchanged.
     */
    public static String designation(String column, String value) {
        if (value.isEmpty() || !value.matches("\\d+(\\.\\d+)?")) {
            return value;
        }
        return switch (column.toLowerCase(Locale.ROOT)) {
            case "kepid" -> "KIC " + value;
            case "tid" -> "TIC " + value;
            case "epic_id", "epic" -> "EPIC " + value;
            case "toi" -> "TOI-" + value;
            default -> value;
        };
    }
}
