package radio.sim.tap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import radio.sim.catalogue.Catalogue;
import radio.sim.catalogue.Hash;
import radio.sim.catalogue.Mission;
import radio.sim.catalogue.Planet;
import radio.sim.catalogue.Target;

/**
 * The archive tables, filled from the catalogue so that they agree with it:
 * <ul>
 *   <li>{@code k2names} ({@code epic_id}, {@code k2_name}, {@code pl_name}): one row per planet of every K2 host
 *       listed in the name table (K2-76 is not), in a shuffled "database" order;</li>
 *   <li>{@code keplernames} ({@code kepid} as text, {@code koi_name}, {@code kepler_name}, {@code pl_name}): one
 *       row per planet of every Kepler host, shuffled;</li>
 *   <li>{@code toi}: one row per TESS planet candidate with a TOI number ({@code tid} bare TIC, {@code toi} text,
 *       {@code pl_trandurh} hours, {@code pl_trandep} ppm);</li>
 *   <li>{@code pscomppars}: one row per confirmed planet of every mission, with the transit ephemeris injected
 *       into the light curves ({@code pl_orbper} days, {@code pl_tranmid} full BJD, {@code pl_trandur} hours,
 *       {@code pl_trandep} percent);</li>
 *   <li>{@code ps}: the same planets as default solutions ({@code default_flag} 1), plus a second,
 *       non-default solution for every third planet;</li>
 *   <li>{@code TAP_SCHEMA.tables} and {@code TAP_SCHEMA.columns} describing all of them.</li>
 * </ul>
 */
final class TapTables {
    private TapTables() {
    }

    static List<TapTable> build(Catalogue catalogue) {
        List<TapTable> tables = new ArrayList<>();
        tables.add(k2names(catalogue));
        tables.add(keplernames(catalogue));
        tables.add(toi(catalogue));
        tables.add(planets(catalogue, "pscomppars", false));
        tables.add(planets(catalogue, "ps", true));
        tables.add(schemaTables(tables));
        tables.add(schemaColumns(tables));
        return tables;
    }

    private static TapTable k2names(Catalogue catalogue) {
        List<Object[]> rows = new ArrayList<>();
        for (Target t : catalogue.targets(Mission.K2)) {
            if (!t.inNameTable()) {
                continue;
            }
            for (Planet p : t.planets()) {
                p.missionName().ifPresent(k2 -> rows.add(new Object[] {t.designation(), k2, p.name()}));
            }
        }
        Collections.shuffle(rows, new Random(catalogue.seed()));
        return new TapTable("k2names", "K2 names of confirmed planets", List.of(
                TapColumn.text("epic_id", "EPIC identifier of the host star"),
                TapColumn.text("k2_name", "K2 designation of the planet"),
                TapColumn.text("pl_name", "archive default planet name")), rows);
    }

    private static TapTable keplernames(Catalogue catalogue) {
        List<Object[]> rows = new ArrayList<>();
        for (Target t : catalogue.targets(Mission.KEPLER)) {
            if (t.inNameTable()) {
                for (Planet p : t.planets()) {
                    rows.add(new Object[] {Long.toString(t.id()), p.candidateId().orElse(null),
                            p.missionName().orElse(null), p.name()});
                }
            }
        }
        Collections.shuffle(rows, new Random(catalogue.seed() + 1));
        return new TapTable("keplernames", "Kepler names of confirmed planets", List.of(
                TapColumn.text("kepid", "KIC identifier of the host star"),
                TapColumn.text("koi_name", "KOI designation"),
                TapColumn.text("kepler_name", "Kepler designation of the planet"),
                TapColumn.text("pl_name", "archive default planet name")), rows);
    }

    private static TapTable toi(Catalogue catalogue) {
        List<Object[]> rows = new ArrayList<>();
        for (Target t : catalogue.targets(Mission.TESS)) {
            for (Planet p : t.planets()) {
                if (p.candidateId().isEmpty()) {
                    continue;
                }
                String toi = p.candidateId().get();
                rows.add(new Object[] {toi, Long.parseLong(toi.substring(0, toi.indexOf('.'))), t.id(), null,
                        (long) t.planets().size(), p.confirmed() ? "CP" : "PC", p.epochBjd(), p.periodDays(),
                        p.durationHours(), p.depthPercent() * 1e4, p.radiusEarth(), t.magnitude(), t.ra(), t.dec()});
            }
        }
        return toiTable(rows);
    }

    private static TapTable toiTable(List<Object[]> rows) {
        return new TapTable("toi", "TESS objects of interest", List.of(
                TapColumn.text("toi", "TESS object of interest number"),
                TapColumn.integer("toipfx", "TOI prefix (star)"),
                TapColumn.integer("tid", "TESS input catalog identifier"),
                TapColumn.text("ctoi_alias", "community TOI alias"),
                TapColumn.integer("pl_pnum", "number of candidates on the star"),
                TapColumn.text("tfopwg_disp", "TFOPWG disposition"),
                TapColumn.real("pl_tranmid", 7, "days", "transit midpoint, BJD"),
                TapColumn.real("pl_orbper", 7, "days", "orbital period"),
                TapColumn.real("pl_trandurh", 7, "hours", "transit duration"),
                TapColumn.real("pl_trandep", 3, "ppm", "transit depth"),
                TapColumn.real("pl_rade", 4, "Earth radii", "planet radius"),
                TapColumn.real("st_tmag", 4, "mag", "TESS magnitude"),
                TapColumn.real("ra", 7, "deg", "right ascension"),
                TapColumn.real("dec", 7, "deg", "declination")), rows);
    }

    private static TapTable planets(Catalogue catalogue, String name, boolean solutions) {
        List<TapColumn> columns = new ArrayList<>(List.of(
                TapColumn.text("pl_name", "planet name"),
                TapColumn.text("hostname", "host name"),
                TapColumn.text("pl_letter", "planet letter")));
        if (solutions) {
            columns.add(TapColumn.integer("default_flag", "1 for the default parameter set"));
            columns.add(TapColumn.text("soltype", "solution type"));
        }
        columns.addAll(List.of(
                TapColumn.text("tic_id", "TESS input catalog identifier"),
                TapColumn.integer("sy_snum", "number of stars in the system"),
                TapColumn.integer("sy_pnum", "number of planets in the system"),
                TapColumn.text("discoverymethod", "discovery method"),
                TapColumn.integer("disc_year", "discovery year"),
                TapColumn.text("disc_facility", "discovery facility"),
                TapColumn.integer("tran_flag", "1 when transits were detected"),
                TapColumn.real("pl_orbper", 7, "days", "orbital period"),
                TapColumn.real("pl_tranmid", 6, "days", "transit midpoint, full BJD"),
                TapColumn.text(solutions ? "pl_tsystemref" : "pl_tranmid_systemref", "time standard of pl_tranmid"),
                TapColumn.real("pl_trandur", 4, "hours", "transit duration"),
                TapColumn.real("pl_trandep", 4, "%", "transit depth"),
                TapColumn.real("pl_rade", 2, "Earth radii", "planet radius"),
                TapColumn.real("ra", 7, "deg", "right ascension"),
                TapColumn.real("dec", 7, "deg", "declination"),
                TapColumn.real("sy_kepmag", 3, "mag", "Kepler magnitude"),
                TapColumn.real("sy_tmag", 3, "mag", "TESS magnitude")));
        List<Object[]> rows = new ArrayList<>();
        int planetIndex = 0;
        for (Target t : catalogue.targets()) {
            for (Planet p : t.planets()) {
                if (!p.confirmed()) {
                    continue;
                }
                rows.add(planetRow(catalogue.seed(), t, p, solutions, 1, 1.0));
                if (solutions && planetIndex % 3 == 2) {
                    rows.add(planetRow(catalogue.seed(), t, p, true, 0, 1.0 + 3e-6));
                }
                planetIndex++;
            }
        }
        return new TapTable(name, solutions ? "Planetary Systems" : "Planetary Systems Composite Parameters",
                columns, rows);
    }

    private static Object[] planetRow(long seed, Target t, Planet p, boolean solutions, long defaultFlag,
                                      double periodFactor) {
        List<Object> row = new ArrayList<>(List.of(p.name(), p.hostName(), String.valueOf(p.letter())));
        if (solutions) {
            row.add(defaultFlag);
            row.add("Published Confirmed");
        }
        long tic = t.mission() == Mission.TESS ? t.id()
                : 100_000_000L + (long) (Hash.unit(Hash.combine(seed, t.mission().ordinal(), t.id(), 0x71C)) * 4e8);
        row.addAll(List.of("TIC " + tic, 1L, (long) t.planets().size(), "Transit", (long) p.discoveryYear(),
                facility(t, p), 1L, p.periodDays() * periodFactor, p.epochBjd(),
                "BJD-TDB", p.durationHours(), p.depthPercent(), p.radiusEarth(), t.ra(), t.dec()));
        boolean tess = t.mission() == Mission.TESS;
        row.add(tess ? null : t.magnitude());
        row.add(tess ? t.magnitude() : null);
        return row.toArray();
    }

    private static String facility(Target t, Planet p) {
        if (p.hostName().startsWith("WASP-")) {
            return "SuperWASP";
        }
        if (p.hostName().startsWith("TrES-")) {
            return "TrES";
        }
        return switch (t.mission()) {
            case K2 -> "K2";
            case KEPLER -> "Kepler";
            case TESS -> "Transiting Exoplanet Survey Satellite (TESS)";
            case HST -> "Hubble Space Telescope";
            case JWST -> "James Webb Space Telescope";
        };
    }

    private static TapTable schemaTables(List<TapTable> tables) {
        List<Object[]> rows = new ArrayList<>();
        for (TapTable t : tables) {
            rows.add(new Object[] {"public", t.name(), "table", t.description()});
        }
        rows.add(new Object[] {"TAP_SCHEMA", "TAP_SCHEMA.tables", "table", "tables in this service"});
        rows.add(new Object[] {"TAP_SCHEMA", "TAP_SCHEMA.columns", "table", "columns of the tables"});
        return new TapTable("TAP_SCHEMA.tables", "tables in this service", List.of(
                TapColumn.text("schema_name", "schema"),
                TapColumn.text("table_name", "table"),
                TapColumn.text("table_type", "table or view"),
                TapColumn.text("description", "description")), rows);
    }

    private static TapTable schemaColumns(List<TapTable> tables) {
        List<Object[]> rows = new ArrayList<>();
        for (TapTable t : tables) {
            for (TapColumn c : t.columns()) {
                rows.add(new Object[] {t.name(), c.name(), c.type().votable, c.unit().isEmpty() ? null : c.unit(),
                        c.description()});
            }
        }
        return new TapTable("TAP_SCHEMA.columns", "columns of the tables", List.of(
                TapColumn.text("table_name", "table"),
                TapColumn.text("column_name", "column"),
                TapColumn.text("datatype", "VOTable data type"),
                TapColumn.text("unit", "unit"),
                TapColumn.text("description", "description")), rows);
    }
}
