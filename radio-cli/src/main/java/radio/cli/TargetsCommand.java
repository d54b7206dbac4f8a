package radio.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.archive.exoplanets.TapQuery;
import radio.archive.exoplanets.TapRow;
import radio.archive.exoplanets.TapRows;
import radio.api.Radio;
import radio.config.RadioConfig;
import radio.output.Csv;
import radio.archive.exoplanets.TargetTable;

/** {@code radio targets}: rows of an Exoplanet Archive table, printed as they arrive. */
@Command(name = "targets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "List targets from a NASA Exoplanet Archive table (TAP).",
        description = {
            "Queries the Exoplanet Archive's TAP service and prints the rows as they arrive. With --format text "
                    + "only the first column is printed, one value per line, duplicates removed, order kept, "
                    + "written so that 'radio search --targets-file -' understands it (a bare kepid is printed as "
                    + "'KIC n', a bare tid as 'TIC n', a toi as 'TOI-n.nn').",
            "",
            "Default columns (the first is the searchable designation):",
            "  k2names      epic_id,k2_name,pl_name",
            "  keplernames  kepid,kepler_name,koi_name,pl_name",
            "  pscomppars   hostname,pl_name,tic_id,disc_facility,pl_orbper,",
            "               pl_tranmid,pl_trandur",
            "  ps           hostname,pl_name,default_flag,pl_orbper,pl_tranmid,",
            "               pl_trandur",
            "  toi          tid,toi,tfopwg_disp,pl_orbper,pl_tranmid,pl_trandurh",
            "Units as the archive publishes them: periods in days, pl_tranmid in BJD,",
            "pl_trandur and pl_trandurh in hours."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio targets",
            "      every K2 planet and its host's EPIC id (k2names), as CSV",
            "  radio targets --table k2names --format text \\",
            "      | radio search --targets-file - --mission K2 --product LLC",
            "  radio targets --table pscomppars --format json \\",
            "      --where \"disc_facility='K2' and tran_flag=1\"",
            "  radio targets --table toi --columns tid,toi,tfopwg_disp \\",
            "      --where \"tfopwg_disp='CP'\" --limit 20",
            "  radio targets --adql \"select distinct epic_id from k2names\" --format text",
            "",
            "Exit codes: 0 done · 1 the archive refused the query or failed (its",
            "message on stderr) · 2 usage error, nothing attempted"})
public final class TargetsCommand implements Callable<Integer> {
    private static final Map<String, String> DEFAULT_COLUMNS = new LinkedHashMap<>();
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static {
        DEFAULT_COLUMNS.put("k2names", "epic_id,k2_name,pl_name");
        DEFAULT_COLUMNS.put("keplernames", "kepid,kepler_name,koi_name,pl_name");
        DEFAULT_COLUMNS.put("pscomppars", "hostname,pl_name,tic_id,disc_facility,pl_orbper,pl_tranmid,pl_trandur");
        DEFAULT_COLUMNS.put("ps", "hostname,pl_name,default_flag,pl_orbper,pl_tranmid,pl_trandur");
        DEFAULT_COLUMNS.put("toi", "tid,toi,tfopwg_disp,pl_orbper,pl_tranmid,pl_trandurh");
    }

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = "k2names",
            description = "k2names, keplernames, pscomppars, ps or toi. Default: ${DEFAULT-VALUE}.")
    String table;

    @Option(names = "--columns", paramLabel = "a,b",
            description = "Columns to select, comma-separated (default: per table, see above).")
    String columns;

    @Option(names = "--where", paramLabel = "ADQL",
            description = "Condition added as WHERE, e.g. \"disc_facility='K2'\" (string literals in single quotes).")
    String where;

    @Option(names = "--adql", paramLabel = "QUERY",
            description = "A whole ADQL query instead of --table/--columns/--where.")
    String adql;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows (TAP maxrec).")
    Integer limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "text (first column, for --targets-file), csv or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Mixin
    ExoplanetArchiveOption exoplanetArchive;

    TargetsCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        TapQuery query = query();
        RadioConfig.Builder b = RadioConfig.builder(context.userHome()).environment(context.env());
        exoplanetArchive.applyTo(b);
        RadioConfig config = b.build();
        PrintWriter out = spec.commandLine().getOut();
        try (Radio radio = Radio.create(config); TapRows rows = radio.query(query)) {
            switch (format) {
                case "text" -> text(rows, out);
                case "csv" -> csv(rows, out, selectedColumns());
                default -> json(rows, out);
            }
        }
        out.flush();
        return 0;
    }

    private TapQuery query() {
        format = format.strip().toLowerCase(Locale.ROOT);
        table = table.strip().toLowerCase(Locale.ROOT);
        if (!List.of("text", "csv", "json").contains(format)) {
            throw usage("--format: '" + format + "' is not one of text, csv, json");
        }
        if (limit != null && limit < 0) {
            throw usage("--limit: " + limit + " must not be negative");
        }
        OptionalInt maxrec = limit == null ? OptionalInt.empty() : OptionalInt.of(limit);
        if (adql != null) {
            boolean tableGiven = spec.commandLine().getParseResult().hasMatchedOption("--table");
            if (tableGiven || columns != null || where != null) {
                throw usage("--adql replaces --table, --columns and --where; give one or the other");
            }
            if (adql.isBlank()) {
                throw usage("--adql: empty query");
            }
            return new TapQuery(adql, maxrec);
        }
        if (!DEFAULT_COLUMNS.containsKey(table)) {
            throw usage("--table: '" + table + "' is not one of " + String.join(", ", DEFAULT_COLUMNS.keySet()));
        }
        String cols = columns == null ? DEFAULT_COLUMNS.get(table) : columns;
        List<String> names = new ArrayList<>();
        for (String c : cols.split(",")) {
            String n = c.strip();
            if (!IDENTIFIER.matcher(n).matches()) {
                throw usage("--columns: '" + n + "' is not a column name");
            }
            names.add(n);
        }
        String q = "select " + String.join(",", names) + " from " + table;
        if (where != null) {
            if (where.isBlank()) {
                throw usage("--where: empty condition");
            }
            q += " where " + where.strip();
        }
        return new TapQuery(q, maxrec);
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** First column, de-duplicated, order kept, as a designation radio search understands. */
    private static void text(TapRows rows, PrintWriter out) throws IOException {
        Set<String> seen = new HashSet<>();
        String column = null;
        while (rows.next()) {
            TapRow row = rows.row();
            if (column == null) {
                column = rows.columns().get(0);
            }
            String v = TargetTable.designation(column, TextFormats.plain(row.get(0)).strip());
            if (!v.isEmpty() && seen.add(v)) {
                out.println(v);
            }
        }
    }

    /** The columns asked for by --table/--columns (empty for --adql): the CSV header when no row comes back. */
    private List<String> selectedColumns() {
        if (adql != null) {
            return List.of();
        }
        return List.of((columns == null ? DEFAULT_COLUMNS.get(table) : columns).split(",")).stream()
                .map(String::strip).toList();
    }

    private static void csv(TapRows rows, PrintWriter out, List<String> asked) throws IOException {
        boolean header = false;
        while (rows.next()) {
            if (!header) {
                out.println(Csv.line(rows.columns()));
                header = true;
            }
            TapRow row = rows.row();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < rows.columns().size(); i++) {
                cells.add(TextFormats.plain(row.get(i)));
            }
            out.println(Csv.line(cells));
        }
        if (!header) {
            List<String> names = rows.columns().isEmpty() ? asked : rows.columns();
            if (!names.isEmpty()) {
                out.println(Csv.line(names));
            }
        }
    }

    /** An array of objects, one per row, column names as keys: numbers and booleans bare, missing values null. */
    private static void json(TapRows rows, PrintWriter out) throws IOException {
        JsonGenerator g = new JsonFactory().createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartArray();
        while (rows.next()) {
            TapRow row = rows.row();
            g.writeStartObject();
            for (int i = 0; i < rows.columns().size(); i++) {
                g.writeFieldName(rows.columns().get(i));
                Object v = row.get(i);
                if (v == null) {
                    g.writeNull();
                } else if (v instanceof BigDecimal b) {
                    g.writeNumber(b);
                } else if (v instanceof Boolean b) {
                    g.writeBoolean(b);
                } else {
                    g.writeString(v.toString());
                }
            }
            g.writeEndObject();
            g.flush();
        }
        g.writeEndArray();
        g.writeRaw(System.lineSeparator());
        g.flush();
    }
}
