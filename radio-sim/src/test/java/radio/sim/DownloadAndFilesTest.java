package radio.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.Header;
import nom.tam.fits.ImageHDU;
import nom.tam.util.FitsInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import radio.sim.catalogue.Planet;
import radio.sim.catalogue.Product;
import radio.sim.catalogue.Target;
import radio.sim.content.K2LightCurveFits;
import radio.sim.server.Endpoint;

class DownloadAndFilesTest {
    private static SimArchive sim;

    @BeforeAll
    static void start() {
        sim = SimArchive.builder().extraK2Targets(10).start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static HttpRequest.Builder download(String uri) {
        // astroquery leaves ':' and '/' unescaped
        return HttpRequest.newBuilder(URI.create(sim.mastUrl() + "/api/v0.1/Download/file?uri=" + uri));
    }

    @Test
    void downloadServesTheFileWithTheRecordedHeaders() {
        Product p = sim.catalogue().lightCurves("K2-62").get(0);

        HttpResponse<byte[]> r = SimHttp.getBytes(download(p.dataUri()).build());

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo(sim.files().bytes(p)).hasSize((int) p.size());
        assertThat(r.headers().firstValue("content-type")).hasValue("application/octet-stream");
        assertThat(r.headers().firstValue("content-length")).hasValue(Long.toString(p.size()));
        assertThat(r.headers().firstValue("accept-ranges")).hasValue("bytes");
        assertThat(r.headers().firstValue("etag")).hasValue(sim.files().etag(p));
        assertThat(r.headers().firstValue("last-modified")).isPresent();
        assertThat(r.headers().firstValue("content-disposition"))
                .hasValue("attachment; filename=\"" + p.productFilename() + "\"");
    }

    @Test
    void headAndRangeAndUnknownUris() {
        Product p = sim.catalogue().products("K2-62").stream().filter(x -> x.obsCollection().equals("HLSP"))
                .filter(x -> x.productFilename().endsWith(".fits")).findFirst().orElseThrow();
        long heads = sim.requestCount(Endpoint.DOWNLOAD_HEAD);

        HttpResponse<byte[]> head = SimHttp.getBytes(download(p.dataUri())
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        HttpResponse<byte[]> range = SimHttp.getBytes(download(p.dataUri()).header("Range", "bytes=1000-").build());
        HttpResponse<byte[]> unknown = SimHttp.getBytes(download("mast:K2/url/missions/k2/nothing.fits").build());

        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("content-length")).hasValue(Long.toString(p.size()));
        assertThat(sim.requestCount(Endpoint.DOWNLOAD_HEAD)).isEqualTo(heads + 1);
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("content-range"))
                .hasValue("bytes 1000-" + (p.size() - 1) + "/" + p.size());
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(sim.files().bytes(p), 1000, (int) p.size()));
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void mastServesProductsTheBucketRefuses() {
        Product privateOne = sim.catalogue().lightCurves("K2-65").get(0);
        Product missing = sim.catalogue().lightCurves("K2-70").get(0);

        assertThat(SimHttp.getBytes(download(privateOne.dataUri()).build()).body())
                .isEqualTo(sim.files().bytes(privateOne));
        assertThat(SimHttp.getBytes(download(missing.dataUri()).build()).statusCode()).isEqualTo(200);
    }

    @Test
    void changedObjectKeepsItsSizeButNotItsBytesEtagOrDate() {
        Product p = sim.catalogue().lightCurves("K2-66").get(0);
        HttpResponse<byte[]> before = SimHttp.getBytes(download(p.dataUri()).build());

        int version = sim.changeObject(p.s3Key().orElseThrow());
        HttpResponse<byte[]> after = SimHttp.getBytes(download(p.dataUri()).build());
        HttpResponse<byte[]> again = SimHttp.getBytes(download(p.dataUri()).build());

        assertThat(version).isEqualTo(1);
        assertThat(after.body()).hasSameSizeAs(before.body()).isNotEqualTo(before.body()).isEqualTo(again.body());
        assertThat(after.headers().firstValue("etag")).isNotEqualTo(before.headers().firstValue("etag"));
        assertThat(after.headers().firstValue("last-modified")).isNotEqualTo(before.headers().firstValue("last-modified"));
    }

    @Test
    void lightCurveIsAK2PipelineFileWithTheExactColumnsAndUnits() throws Exception {
        Target t = sim.catalogue().target("K2-72").orElseThrow();
        Product p = sim.catalogue().lightCurves("K2-72").get(0);
        byte[] bytes = SimHttp.getBytes(download(p.dataUri()).build()).body();

        try (Fits fits = new Fits(new FitsInputStream(new ByteArrayInputStream(bytes)))) {
            BasicHDU<?>[] hdus = fits.read();
            assertThat(hdus).hasSize(3);
            Header primary = hdus[0].getHeader();
            assertThat(primary.getStringValue("TELESCOP")).isEqualTo("Kepler");
            assertThat(primary.getStringValue("MISSION")).isEqualTo("K2");
            assertThat(primary.getStringValue("OBJECT")).isEqualTo("EPIC 206209135");
            assertThat(primary.getLongValue("KEPLERID")).isEqualTo(206209135L);
            assertThat(primary.getIntValue("CAMPAIGN")).isEqualTo(3);
            assertThat(primary.getDoubleValue("RA_OBJ")).isEqualTo(t.ra());
            assertThat(primary.getDoubleValue("DEC_OBJ")).isEqualTo(t.dec());
            assertThat(primary.containsKey("PARALLAX")).isTrue();

            BinaryTableHDU lc = (BinaryTableHDU) hdus[1];
            Header h = lc.getHeader();
            assertThat(h.getStringValue("EXTNAME")).isEqualTo("LIGHTCURVE");
            assertThat(h.getIntValue("NAXIS1")).isEqualTo(100);
            List<String> layout = List.of("TIME D BJD - 2454833", "TIMECORR E d", "CADENCENO J null",
                    "SAP_FLUX E e-/s", "SAP_FLUX_ERR E e-/s", "SAP_BKG E e-/s", "SAP_BKG_ERR E e-/s",
                    "PDCSAP_FLUX E e-/s", "PDCSAP_FLUX_ERR E e-/s", "SAP_QUALITY J null", "PSF_CENTR1 D pixel",
                    "PSF_CENTR1_ERR E pixel", "PSF_CENTR2 D pixel", "PSF_CENTR2_ERR E pixel", "MOM_CENTR1 D pixel",
                    "MOM_CENTR1_ERR E pixel", "MOM_CENTR2 D pixel", "MOM_CENTR2_ERR E pixel", "POS_CORR1 E pixels",
                    "POS_CORR2 E pixels");
            for (int i = 1; i <= 20; i++) {
                String form = h.getStringValue("TFORM" + i).replace("1", "");
                assertThat(h.getStringValue("TTYPE" + i) + " " + form + " " + h.getStringValue("TUNIT" + i))
                        .isEqualTo(layout.get(i - 1));
            }
            assertThat(h.getIntValue("BJDREFI")).isEqualTo(2454833);
            assertThat(h.getDoubleValue("BJDREFF")).isZero();
            assertThat(h.getDoubleValue("TIMEDEL")).isEqualTo(K2LightCurveFits.TIMEDEL);
            assertThat(h.getStringValue("TIMESYS")).isEqualTo("TDB");
            assertThat(h.getDoubleValue("TSTOP")).isGreaterThan(h.getDoubleValue("TSTART"));
            int rows = h.getIntValue("NAXIS2");
            assertThat(rows).isBetween(3300, 4100);

            double[] time = (double[]) lc.getColumn("TIME");
            float[] flux = (float[]) lc.getColumn("PDCSAP_FLUX");
            int[] quality = (int[]) lc.getColumn("SAP_QUALITY");
            int[] cadence = (int[]) lc.getColumn("CADENCENO");
            assertThat(cadence[rows - 1] - cadence[0]).isEqualTo(rows - 1);
            assertThat(Arrays.stream(time).filter(Double::isNaN).count()).isBetween(5L, 8L);
            for (int i = 0; i < rows; i++) {
                if ((quality[i] & K2LightCurveFits.DEFAULT_BITMASK) != 0) {
                    assertThat(flux[i]).isNaN();
                }
            }
            assertThat(Arrays.stream(quality).filter(q -> q == 98304).count()).isBetween(5L, 8L);

            ImageHDU aperture = (ImageHDU) hdus[2];
            assertThat(aperture.getHeader().getStringValue("EXTNAME")).isEqualTo("APERTURE");
            assertThat(aperture.getHeader().getIntValue("BITPIX")).isEqualTo(32);
            assertThat(aperture.getKernel()).isInstanceOf(int[][].class);
        }
    }

    @Test
    void injectedTransitsOfEveryPlanetShowAtTheirEphemeris() throws Exception {
        Target t = sim.catalogue().target("K2-58").orElseThrow();
        Product p = sim.catalogue().lightCurves("K2-58").get(0);
        try (Fits fits = new Fits(new FitsInputStream(new ByteArrayInputStream(sim.files().bytes(p))))) {
            BinaryTableHDU lc = (BinaryTableHDU) fits.getHDU(1);
            double[] time = (double[]) lc.getColumn("TIME");
            float[] flux = (float[]) lc.getColumn("PDCSAP_FLUX");
            double median = median(flux);
            for (Planet planet : t.planets()) {
                double epoch = planet.epochBjd() - 2454833;
                double sum = 0;
                int n = 0;
                for (int i = 0; i < time.length; i++) {
                    double phase = (time[i] - epoch) / planet.periodDays();
                    double dt = Math.abs(phase - Math.rint(phase)) * planet.periodDays();
                    if (!Double.isNaN(flux[i]) && dt < planet.durationDays() * 0.3) {
                        sum += flux[i];
                        n++;
                    }
                }
                double depth = 1 - sum / n / median;
                assertThat(n).as(planet.name()).isGreaterThan(2);
                assertThat(depth).as(planet.name()).isCloseTo(planet.depthFraction(),
                        org.assertj.core.data.Offset.offset(planet.depthFraction() * 0.25 + 2e-4));
            }
        }
    }

    private static double median(float[] values) {
        double[] finite = new double[values.length];
        int n = 0;
        for (float v : values) {
            if (!Float.isNaN(v)) {
                finite[n++] = v;
            }
        }
        double[] sorted = Arrays.copyOf(finite, n);
        Arrays.sort(sorted);
        return sorted[n / 2];
    }

    @Test
    void everyProductSizeIsTheByteCountServed() {
        for (Target t : sim.catalogue().seedTargets().subList(0, 6)) {
            for (Product p : sim.catalogue().products(t)) {
                assertThat(sim.files().size(p)).as(p.dataUri()).isEqualTo(p.size());
            }
            for (Product p : sim.catalogue().lightCurves(t.name())) {
                assertThat(sim.files().bytes(p)).as(p.dataUri()).hasSize((int) p.size());
            }
        }
    }
}
