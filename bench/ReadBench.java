import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import radio.lightcurve.FitsLightCurveReader;
import radio.lightcurve.LightCurve;
import radio.lightcurve.ReadOptions;

/**
 * Times radio's reading of every *.fits file in a folder, N passes after a few warm-up passes, in one JVM.
 * Each read is a lightkurve-style default read: PDCSAP flux, NaN-time rows and default-quality-mask rows dropped,
 * time, flux, flux_err, quality, cadence number and centroids decoded, metadata taken from the headers.
 * With the mode "nom-tam-fits" it times the same work done with nom-tam-fits 1.21.2 instead (find the table,
 * getColumn for the same columns, drop NaN-time and default-mask rows), the library radio's reader replaced.
 * Run through bench/read_fixtures.sh, which builds radio and runs the astropy side too.
 */
public class ReadBench {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int passes = Integer.parseInt(args[1]);
        boolean nomTam = args.length > 2 && args[2].equals("nom-tam-fits");
        int warmup = 5;
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".fits")).sorted().toList();
        }
        FitsLightCurveReader reader = new FitsLightCurveReader();
        long rows = 0;
        long first = System.nanoTime();
        rows += nomTam ? nomTamPass(files) : pass(reader, files);
        double firstMs = (System.nanoTime() - first) / 1e6;
        for (int i = 1; i < warmup; i++) {
            rows += nomTam ? nomTamPass(files) : pass(reader, files);
        }
        double[] ms = new double[passes];
        for (int i = 0; i < passes; i++) {
            long t = System.nanoTime();
            rows += nomTam ? nomTamPass(files) : pass(reader, files);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        System.out.printf((nomTam ? "nom-tam-fits" : "radio") + ": %d files, %d passes: median %.2f ms/pass, mean %.2f ms/pass, best %.2f ms; "
                + "first pass in a fresh JVM %.1f ms (rows read %d)%n", files.size(), passes, sorted[passes / 2],
                Arrays.stream(ms).average().orElse(0), sorted[0], firstMs, rows);
    }

    private static long pass(FitsLightCurveReader reader, List<Path> files) throws Exception {
        long rows = 0;
        for (Path f : files) {
            LightCurve lc = reader.read(f, ReadOptions.DEFAULT);
            rows += lc.size() + lc.meta().objectName().length() * 0L;
        }
        return rows;
    }

    private static long nomTamPass(List<Path> files) throws Exception {
        long rows = 0;
        for (Path f : files) {
            try (Fits fits = new Fits(f.toFile())) {
                BasicHDU<?> primary = fits.readHDU();
                boolean tess = "TESS".equals(primary.getHeader().getStringValue("TELESCOP"));
                primary.getHeader().getStringValue("OBJECT");
                for (BasicHDU<?> hdu = fits.readHDU(); hdu != null; hdu = fits.readHDU()) {
                    String name = hdu.getHeader().getStringValue("EXTNAME");
                    if (!(hdu instanceof BinaryTableHDU t) || name == null
                            || !List.of("LIGHTCURVE", "BESTAPER", "PDC").contains(name.trim())) {
                        continue;
                    }
                    String[] cols = switch (name.trim()) {
                        case "LIGHTCURVE" -> new String[] {"TIME", "PDCSAP_FLUX", "PDCSAP_FLUX_ERR",
                            t.findColumn("QUALITY") >= 0 ? "QUALITY" : "SAP_QUALITY", "CADENCENO", "MOM_CENTR1",
                            "MOM_CENTR2"};
                        case "BESTAPER" -> new String[] {"T", "FCOR", "CADENCENO"};
                        default -> new String[] {"time", "flux", "error", "quality", "cadence"};
                    };
                    Object[] data = new Object[cols.length];
                    for (int i = 0; i < cols.length; i++) {
                        data[i] = t.getData().getColumn(t.findColumn(cols[i]));
                    }
                    double[] time = (double[]) data[0];
                    int[] quality = cols.length > 3 ? (int[]) data[3] : new int[time.length];
                    int mask = tess ? 175 : 1130799;
                    for (int r = 0; r < time.length; r++) {
                        if (!Double.isNaN(time[r]) && (quality[r] & mask) == 0) {
                            rows++;
                        }
                    }
                    break;
                }
            }
        }
        return rows;
    }
}
