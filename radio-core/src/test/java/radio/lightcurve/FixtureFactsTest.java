package radio.lightcurve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.aggregator.ArgumentsAccessor;
import org.junit.jupiter.params.provider.CsvSource;
import radio.testing.Fixtures;

/**
 * Every fixture file reads to the facts measured with astropy and recorded in
 * {@code ../shared/fixtures/fits/README.md}: row counts, NaN counts, rows hit and kept by lightkurve's default
 * quality mask, cadence ranges, time ranges and header values. A value of -1 means the README does not state it.
 */
class FixtureFactsTest {
    private final FitsLightCurveReader reader = new FitsLightCurveReader();

    private static final String FACTS = """
            file                                                            | mission | product          | id        | object         | period     | rows  | nanTime | hitDefault | nanPdc | nanSap | kept  | keptFinite | cadFirst | cadLast | tMin        | tMax        | bjdRefI | timedel              | ra         | dec        | tstart            | tstop             | pdcMethod     | dataRel
            hlsp_k2sc_k2_llc_211117077-c04_kepler_v2_lc.fits                | K2      | K2SC             | 211117077 | EPIC 211117077 | Campaign 4 | 3424  | 0       | 130        | 142    | -1     | 3294  | -1         | -1       | -1      | 2228.800163 | 2299.677904 | 2454833 | 0.02043359821692     | 55.967295  | 24.841616  | 2228.78994637     | 2299.68811988     | MAP           | 6
            hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits       | K2      | K2SFF            | 201367065 | EPIC 201367065 | Campaign 1 | 3632  | 0       | 0          | 0      | -1     | 3632  | 3632       | 91434    | 95353   | 1977.262449 | 2057.334751 | 2454833 | 0.02043359821692     | 172.334955 | -1.454787  | 1975.16813908     | 2057.34496695     |               | 3
            hlsp_tess-data-alerts_tess_phot_00025155310-s01_tess_v1_lc.fits | TESS    | TESS_DATA_ALERTS | 25155310  | TIC 25155310   | Sector 1   | 20076 | 815     | 1158       | 0      | 834    | 18104 | 18104      | 70444    | 90519   | 1325.295260 | 1353.177332 | 2457000 | 0.001388888888888889 | 63.37389   | -69.226789 | 1325.29456531902  | 1353.178026739609 | msMAP         | 0
            kplr002013502-2009131105131_llc.fits                            | KEPLER  | MISSION_PIPELINE | 2013502   | KIC 2013502    | Quarter 0  | 476   | 0       | 3          | 7      | 4      | 473   | 469        | 568      | 1043    | 120.539277  | 130.245719  | 2454833 | 0.02043359821692     | 291.19104  | 37.49404   | 120.52905957      | 130.25593656      | regularMap    | 25
            kplr011442793-2009350155506_llc.fits                            | KEPLER  | MISSION_PIPELINE | 11442793  | KIC 11442793   | Quarter 3  | 4370  | 142     | 230        | 236    | 233    | 4140  | 4134       | 7404     | 11773   | 260.224172  | 349.495923  | 2454833 | 0.02043359821692     | 284.433491 | 49.30516   | 260.21395547      | 349.50613976      | multiScaleMap | 25
            kplr011442793-2010009091648_llc.fits                            | KEPLER  | MISSION_PIPELINE | 11442793  | KIC 11442793   | Quarter 4  | 1021  | 0       | 10         | 13     | 11     | 1011  | 1008       | 11914    | 12934   | 352.376994  | 373.218959  | 2454833 | 0.02043359821692     | 284.433491 | 49.30516   | 352.36677731      | 373.22917546      | multiScaleMap | 25
            kplr011442793-2010174085026_llc.fits                            | KEPLER  | MISSION_PIPELINE | 11442793  | KIC 11442793   | Quarter 5  | 4634  | 96      | 142        | 148    | 147    | 4492  | 4486       | 16373    | 21006   | 443.490844  | 538.162376  | 2454833 | 0.02043359821692     | 284.433491 | 49.30516   | 443.48062666      | 538.17259248      | multiScaleMap | 25
            kplr011446443-2009131110544_slc.fits                            | KEPLER  | MISSION_PIPELINE | 11446443  | KIC 11446443   | Quarter 0  | 14280 | 0       | 38         | 46     | 37     | 14242 | 14234      | 5500     | 19779   | 120.529243  | 130.255263  | 2454833 | 0.000681119940564    | 286.808471 | 49.3164    | 120.52890218      | 130.25560331      | quickMap      | 25
            ktwo200001049-c01_llc.fits                                      | K2      | MISSION_PIPELINE | 200001049 | EPIC 200001049 | Campaign 1 | 4022  | 145     | 465        | 470    | 296    | 3557  | 3552       | 91332    | 95353   | 1975.178158 | 2057.334476 | 2454833 | 0.02043359821692     | 172.162738 | 5.569938   | 1975.16794148     | 2057.34469194     | robust        | 14
            ktwo211117077-c04_llc.fits                                      | K2      | MISSION_PIPELINE | 211117077 | EPIC 211117077 | Campaign 4 | 3470  | 7       | 176        | 188    | 47     | 3294  | 3282       | 103744   | 107213  | 2228.800163 | 2299.677904 | 2454833 | 0.02043359821692     | 55.967295  | 24.841616  | 2228.78994637     | 2299.68811988     | MAP           | 6
            ktwo211436265-c05_llc.fits                                      | K2      | MISSION_PIPELINE | 211436265 | EPIC 211436265 | Campaign 5 | 3663  | 6       | 213        | 211    | 43     | 3450  | 3445       | 107552   | 111214  | 2306.610557 | 2381.431694 | 2454833 | 0.02043359821692     | 126.204555 | 12.189957  | 2306.60034116     | 2381.44190995     | robust        | 7
            tess2018206045859-s0001-0000000025155310-0120-s_lc.fits         | TESS    | MISSION_PIPELINE | 25155310  | TIC 25155310   | Sector 1   | 20076 | 815     | 1972       | 1972   | 834    | 18104 | 18104      | 70444    | 90519   | 1325.295260 | 1353.177332 | 2457000 | 0.001388888888888889 | 63.37389   | -69.226789 | 1325.29456531902  | 1353.178026739609 | msMAP         | 1
            tess2018206045859-s0001-0000000038846515-0120-s_lc.fits         | TESS    | MISSION_PIPELINE | 38846515  | TIC 38846515   | Sector 1   | 20076 | 815     | 1972       | 1972   | 834    | 18104 | 18104      | 70444    | 90519   | 1325.294771 | 1353.177033 | 2457000 | 0.001388888888888889 | 68.959732  | -64.02704  | 1325.294077028181 | 1353.17772793032  | msMAP         | 1
            tess2018206045859-s0001-0000000231663901-0120-s_lc.fits         | TESS    | MISSION_PIPELINE | 231663901 | TIC 231663901  | Sector 1   | 20076 | 815     | 1972       | 1973   | 835    | 18104 | 18103      | 70444    | 90519   | 1325.298981 | 1353.180391 | 2457000 | 0.001388888888888889 | 318.736981 | -55.87178  | 1325.298286631727 | 1353.181085639792 | msMAP         | 1
            tess2018234235059-s0002-0000000402026209-0121-s_lc.fits         | TESS    | MISSION_PIPELINE | 402026209 | TIC 402026209  | Sector 2   | 19737 | 1038    | 1420       | 1421   | 1060   | 18317 | 18316      | 91186    | 110922  | 1354.107413 | 1381.518167 | 2457000 | 0.001388888888888889 | 353.562839 | -42.061409 | 1354.106718637569 | 1381.518860964385 | msMAP         | 2
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = FACTS)
    void readsTheFactsRecordedInTheFixtureReadme(ArgumentsAccessor a) throws IOException {
        Path file = Fixtures.file("fits/" + a.getString(0));
        LightCurveFileSummary s = reader.summarize(file, FluxSource.PDCSAP);
        LightCurve lc = reader.read(file);
        LightCurveMeta meta = lc.meta();

        assertThat(meta.mission()).contains(Mission.valueOf(a.getString(1)));
        assertThat(meta.product()).isEqualTo(LightCurveProduct.valueOf(a.getString(2)));
        assertThat(meta.targetId()).hasValue(a.getLong(3));
        assertThat(meta.objectName()).isEqualTo(a.getString(4));
        assertThat(meta.periods()).extracting(ObservingPeriod::toString).containsExactly(a.getString(5));
        assertThat(s.tableRows()).isEqualTo(a.getInteger(6));
        assertThat(s.nanTimeRows()).isEqualTo(a.getInteger(7));
        assertThat(s.rowsHitByDefaultMask()).isEqualTo(a.getInteger(8));
        assertThat(s.nanFluxRows()).isEqualTo(a.getInteger(9));
        if (a.getInteger(10) >= 0) {
            assertThat(reader.summarize(file, FluxSource.SAP).nanFluxRows()).isEqualTo(a.getInteger(10));
        }
        assertThat(lc.size()).isEqualTo(a.getInteger(11));
        assertThat(s.defaultRead().size()).isEqualTo(a.getInteger(11));
        if (a.getInteger(12) >= 0) {
            assertThat(lc.removeNans().size()).isEqualTo(a.getInteger(12));
            assertThat(reader.read(file, ReadOptions.DEFAULT.withNanFlux(NanFlux.DROP)).size())
                    .isEqualTo(a.getInteger(12));
        }
        if (a.getInteger(13) >= 0) {
            assertThat(s.firstCadence()).isEqualTo(a.getInteger(13));
            assertThat(s.lastCadence()).isEqualTo(a.getInteger(14));
        }
        double[] all = s.allRows().time();
        assertThat(all[0]).isCloseTo(a.getDouble(15), within(5e-7));
        assertThat(all[all.length - 1]).isCloseTo(a.getDouble(16), within(5e-7));
        assertThat(lc.timeSystem()).isEqualTo(new TimeSystem(a.getLong(17), 0.0, "TDB"));
        assertThat(meta.cadenceDays()).hasValue(a.getDouble(18));
        assertThat(meta.raDeg()).hasValue(a.getDouble(19));
        assertThat(meta.decDeg()).hasValue(a.getDouble(20));
        assertThat(meta.tableHeader().real("TSTART")).hasValue(a.getDouble(21));
        assertThat(meta.tableHeader().real("TSTOP")).hasValue(a.getDouble(22));
        assertThat(meta.tableHeader().string("PDCMETHD")).isEqualTo(Optional.ofNullable(a.getString(23)));
        assertThat(meta.primaryHeader().integer("DATA_REL")).hasValue(a.getLong(24));
        assertThat(meta.sources()).containsExactly(file);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kplr011442793-2009350155506_llc.fits                    | SAP_QUALITY | 4370
            tess2018206045859-s0001-0000000025155310-0120-s_lc.fits | QUALITY     | 20076
            hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits | FCOR      | 3632
            """)
    void listsTheTableColumnsInFileOrder(String name, String column, int rows) throws IOException {
        LightCurveFileSummary s = reader.summarize(Fixtures.file("fits/" + name), FluxSource.PDCSAP);
        assertThat(s.tableRows()).isEqualTo(rows);
        assertThat(s.columns()).extracting(FitsColumn::name).contains(column);
        assertThat(s.gzipped()).isFalse();
        assertThat(s.hdu()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            kplr011442793-2009350155506_llc.fits                    | 1765.4628859417799
            kplr011446443-2009131110544_slc.fits                    | 58.848762864726
            tess2018206045859-s0001-0000000025155310-0120-s_lc.fits | 120.0
            """)
    void exposureIsFrameTimeTimesFrames(String name, double seconds) throws IOException {
        assertThat(reader.read(Fixtures.file("fits/" + name)).meta().exposureSeconds().getAsDouble())
                .isCloseTo(seconds, within(1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ktwo211117077-c04_llc.fits                              | true
            hlsp_k2sc_k2_llc_211117077-c04_kepler_v2_lc.fits        | false
            hlsp_k2sff_k2_lightcurve_201367065-c01_kepler_v1_llc.fits | false
            tess2018206045859-s0001-0000000025155310-0120-s_lc.fits | true
            """)
    void centroidsComeFromMomentColumnsWhenPresent(String name, boolean present) throws IOException {
        LightCurve lc = reader.read(Fixtures.file("fits/" + name));
        assertThat(lc.hasCentroids()).isEqualTo(present);
        if (present) {
            assertThat(Arrays.stream(lc.centroidCol()).filter(Double::isFinite).min().getAsDouble()).isGreaterThan(1);
        }
    }
}
