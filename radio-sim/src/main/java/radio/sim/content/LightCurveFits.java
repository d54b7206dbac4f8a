package radio.sim.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import nom.tam.fits.BasicHDU;
import nom.tam.fits.BinaryTable;
import nom.tam.fits.BinaryTableHDU;
import nom.tam.fits.Fits;
import nom.tam.fits.FitsException;
import nom.tam.fits.Header;
import nom.tam.fits.HeaderCard;
import nom.tam.util.FitsOutputStream;

import radio.sim.content.LightCurveSpec.Cadence;
import radio.sim.content.LightCurveSpec.Flavour;

/**
 * Writes synthetic mission-pipeline light-curve files in the layouts of {@code lightcurve-fits-format.md}: a
 * header-only PRIMARY HDU, a 20-column LIGHTCURVE binary table (100 bytes per row; layout A for Kepler and K2,
 * layout B for TESS) and an int32 APERTURE image.
 *
 * <p>The flux is white noise around a magnitude-dependent level with the spec's transits subtracted; SAP_FLUX
 * also carries the mission's systematics (K2 roll sawtooth, slow drifts) that PDCSAP_FLUX removes. Quality flags
 * follow each mission's pattern (K2 thruster firings every 12 cadences, momentum dumps, cosmic rays; a data gap
 * with NaN times: a downlink for Kepler/K2, the orbit gap for TESS), and PDCSAP_FLUX is NaN on every row hit by
 * lightkurve's default mask, as in the real files.
 *
 * <p>Output is a pure function of the spec and version: no clocks, no checksums with time stamps. Every header
 * of a flavour has a fixed number of cards, so {@link #size(LightCurveSpec)} gives the byte count without
 * rendering. Thread-safe.
 */
public final class LightCurveFits {
    /** lightkurve's default quality bitmask for Kepler and K2. */
    public static final int KEPLER_DEFAULT_BITMASK = 1130799;
    /** lightkurve's default quality bitmask for TESS. */
    public static final int TESS_DEFAULT_BITMASK = 175;

    static final int THRUSTER_FIRING = 1048576;
    static final int POSSIBLE_THRUSTER_FIRING = 524288;
    static final int MOMENTUM_DUMP = 32;
    static final int COSMIC_RAY = 128;
    static final int IMPULSIVE_OUTLIER = 2048;
    static final int NO_DATA = 65536;
    static final int NO_FINE_POINT = 32768;
    static final int EARTH_POINT = 8;
    static final int TESS_MANUAL_EXCLUDE = 128;
    static final int TESS_IMPULSIVE_OUTLIER = 512;
    static final int TESS_SCATTERED_LIGHT = 4096;

    private static final int BLOCK = 2880;
    private static final int ROW_BYTES = 100;

    private static final String[][] COLUMNS = {
        // name, TFORM, TUNIT (null = none, "time" = the flavour's), TDISP
        {"TIME", "D", "time", "D14.7"},
        {"TIMECORR", "E", "d", "E13.6"},
        {"CADENCENO", "J", null, "I10"},
        {"SAP_FLUX", "E", "e-/s", "E14.7"},
        {"SAP_FLUX_ERR", "E", "e-/s", "E14.7"},
        {"SAP_BKG", "E", "e-/s", "E14.7"},
        {"SAP_BKG_ERR", "E", "e-/s", "E14.7"},
        {"PDCSAP_FLUX", "E", "e-/s", "E14.7"},
        {"PDCSAP_FLUX_ERR", "E", "e-/s", "E14.7"},
        {"quality", "J", null, "B16.16"},
        {"PSF_CENTR1", "D", "pixel", "F10.5"},
        {"PSF_CENTR1_ERR", "E", "pixel", "E14.7"},
        {"PSF_CENTR2", "D", "pixel", "F10.5"},
        {"PSF_CENTR2_ERR", "E", "pixel", "E14.7"},
        {"MOM_CENTR1", "D", "pixel", "F10.5"},
        {"MOM_CENTR1_ERR", "E", "pixel", "E14.7"},
        {"MOM_CENTR2", "D", "pixel", "F10.5"},
        {"MOM_CENTR2_ERR", "E", "pixel", "E14.7"},
        {"POS_CORR1", "E", "pixels", "E14.7"},
        {"POS_CORR2", "E", "pixels", "E14.7"},
    };

    private final Map<Flavour, Long> headerBytes = new EnumMap<>(Flavour.class);

    /** lightkurve's default quality bitmask for the flavour. */
    public static int defaultBitmask(Flavour flavour) {
        return flavour == Flavour.TESS ? TESS_DEFAULT_BITMASK : KEPLER_DEFAULT_BITMASK;
    }

    /** Exact byte count of the file {@link #render} produces for this spec. */
    public long size(LightCurveSpec spec) {
        return headerBytes(spec.flavour()) + padded((long) spec.rows() * ROW_BYTES)
                + padded(4L * spec.apertureColumns() * spec.apertureRows());
    }

    /**
     * Renders the file. {@code version} (0 for the original) perturbs the noise and the file date, so a "changed"
     * object keeps its size but gets different bytes.
     */
    public byte[] render(LightCurveSpec spec, int version) {
        try {
            Fits fits = new Fits();
            fits.addHDU(Fits.makeHDU(primaryHeader(spec, version)));
            fits.addHDU(lightCurveHdu(spec, version));
            fits.addHDU(apertureHdu(spec));
            ByteArrayOutputStream out = new ByteArrayOutputStream(spec.rows() * ROW_BYTES + 8 * BLOCK);
            try (FitsOutputStream fos = new FitsOutputStream(out)) {
                fits.write(fos);
            }
            return out.toByteArray();
        } catch (FitsException e) {
            throw new IllegalStateException("cannot build light curve for target " + spec.targetId(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Bytes of the three headers of a flavour: a constant, because each header has a fixed set of cards. */
    private long headerBytes(Flavour flavour) {
        synchronized (headerBytes) {
            Long cached = headerBytes.get(flavour);
            if (cached != null) {
                return cached;
            }
        }
        Cadence cadence = flavour == Flavour.TESS ? Cadence.TESS_2MIN : Cadence.KEPLER_LONG;
        LightCurveSpec probe = new LightCurveSpec(flavour, cadence, 1, 1, 1, 0, 0, 12, 10, 1, 0, 3, 3, 11,
                List.of(), 0, "2000-01-01");
        long bytes = render(probe, 0).length - padded(10L * ROW_BYTES) - padded(4L * 3 * 3);
        synchronized (headerBytes) {
            headerBytes.put(flavour, bytes);
        }
        return bytes;
    }

    private static long padded(long bytes) {
        return (bytes + BLOCK - 1) / BLOCK * BLOCK;
    }

    // ---------------------------------------------------------------- headers

    private static String object(LightCurveSpec s) {
        return switch (s.flavour()) {
            case K2 -> "EPIC " + s.targetId();
            case KEPLER -> "KIC " + s.targetId();
            case TESS -> "TIC " + s.targetId();
        };
    }

    private static Header primaryHeader(LightCurveSpec s, int version) throws FitsException {
        SplittableRandom r = new SplittableRandom(s.seed() ^ 0x5EEDL);
        boolean tess = s.flavour() == Flavour.TESS;
        Header h = new Header();
        add(h, logical("SIMPLE", true, "conforms to FITS standards"));
        add(h, integer("BITPIX", 8, "array data type"));
        add(h, integer("NAXIS", 0, "number of array dimensions"));
        add(h, logical("EXTEND", true, "file contains extensions"));
        add(h, integer("NEXTEND", 2, "number of standard extensions"));
        add(h, string("EXTNAME", "PRIMARY", "name of extension"));
        add(h, integer("EXTVER", 1, "extension version number (not format version)"));
        add(h, string("ORIGIN", "NASA/Ames", "institution responsible for creating this file"));
        add(h, string("DATE", fileDate(s, version), "file creation date."));
        add(h, string("CREATOR", "radio-sim LightCurveFits", "pipeline job and program used to produce this file"));
        add(h, string("PROCVER", "radio-sim synthetic", "SW version"));
        add(h, string("FILEVER", tess ? "1.0" : "3.0", "file format version"));
        add(h, string("TIMVERSN", "OGIP/93-003", "OGIP memo number for file format"));
        add(h, string("TELESCOP", tess ? "TESS" : "Kepler", "telescope"));
        add(h, string("INSTRUME", tess ? "TESS Photometer" : "Kepler Photometer", "detector type"));
        add(h, string("OBJECT", object(s), "string version of target id"));
        if (tess) {
            double tstart = s.tstart() - s.cadence().days / 2;
            double tstop = s.tstart() + (s.rows() - 1) * s.cadence().days + s.cadence().days / 2;
            add(h, real("TSTART", tstart, 8, "observation start time in TJD"));
            add(h, real("TSTOP", tstop, 8, "observation stop time in TJD"));
            add(h, string("DATE-OBS", isoUtc(tstart, s.flavour()), "TSTART as UTC calendar date"));
            add(h, string("DATE-END", isoUtc(tstop, s.flavour()), "TSTOP as UTC calendar date"));
            add(h, integer("TICID", s.targetId(), "unique tess target identifier"));
            add(h, integer("SECTOR", s.season(), "Observing sector"));
            add(h, integer("CAMERA", s.detector() / 10, "Camera number"));
            add(h, integer("CCD", s.detector() % 10, "CCD chip number"));
            add(h, integer("DATA_REL", s.dataRelease(), "data release version number"));
        } else {
            add(h, integer("KEPLERID", s.targetId(), "unique Kepler target identifier"));
            add(h, integer("CHANNEL", s.detector(), "CCD channel"));
            add(h, integer("MODULE", module(s.detector()), "CCD module"));
            add(h, integer("OUTPUT", (s.detector() - 1) % 4 + 1, "CCD output"));
            if (s.flavour() == Flavour.K2) {
                add(h, integer("CAMPAIGN", s.season(), "Observing campaign number"));
            } else {
                add(h, integer("QUARTER", s.season(), "Observing quarter"));
                add(h, integer("SEASON", (s.season() + 2) % 4, "mission season during which data was collected"));
            }
            add(h, integer("DATA_REL", s.dataRelease(), "data release version number"));
            add(h, string("OBSMODE", s.cadence().mode, "observing mode"));
            add(h, string("MISSION", s.flavour() == Flavour.K2 ? "K2" : "Kepler", "Mission name"));
            add(h, integer("TTABLEID", 100 + s.season(), "target table id"));
        }
        add(h, string("RADESYS", "ICRS", "reference frame of celestial coordinates"));
        add(h, real("RA_OBJ", s.ra(), 6, "[deg] right ascension"));
        add(h, real("DEC_OBJ", s.dec(), 6, "[deg] declination"));
        add(h, real("EQUINOX", 2000.0, 1, "equinox of celestial coordinate system"));
        double pmra = r.nextDouble(-0.05, 0.05);
        double pmdec = r.nextDouble(-0.05, 0.05);
        add(h, real("PMRA", pmra, 4, "[arcsec/yr] RA proper motion"));
        add(h, real("PMDEC", pmdec, 4, "[arcsec/yr] Dec proper motion"));
        add(h, real("PMTOTAL", Math.hypot(pmra, pmdec), 4, "[arcsec/yr] total proper motion"));
        add(h, blank("PARALLAX", "[arcsec] parallax"));
        double mag = s.magnitude();
        if (tess) {
            add(h, real("TESSMAG", mag, 3, "[mag] TESS magnitude"));
            add(h, real("TEFF", 4800 + r.nextInt(1400), 1, "[K] Effective temperature"));
            add(h, real("LOGG", r.nextDouble(4.2, 4.7), 5, "[cm/s2] log10 surface gravity"));
            add(h, blank("MH", "[log10([M/H])] metallicity"));
            add(h, real("RADIUS", r.nextDouble(0.6, 1.3), 5, "[solar radii] stellar radius"));
            add(h, string("TICVER", "8.2", "TICVER"));
            add(h, logical("CRMITEN", true, "spacecraft cosmic ray mitigation enabled"));
            add(h, integer("CRBLKSZ", 10, "[exposures] s/c cosmic ray mitigation block siz"));
            add(h, logical("CRSPOC", false, "SPOC cosmic ray cleaning enabled"));
        } else {
            double[] gal = galactic(s.ra(), s.dec());
            add(h, real("GLON", gal[0], 4, "[deg] galactic longitude"));
            add(h, real("GLAT", gal[1], 4, "[deg] galactic latitude"));
            add(h, real("GMAG", mag + 0.45, 3, "[mag] SDSS g band magnitude"));
            add(h, real("RMAG", mag - 0.05, 3, "[mag] SDSS r band magnitude"));
            add(h, real("IMAG", mag - 0.20, 3, "[mag] SDSS i band magnitude"));
            add(h, blank("ZMAG", "[mag] SDSS z band magnitude"));
            add(h, real("JMAG", mag - 1.10, 3, "[mag] J band magnitude from 2MASS"));
            add(h, real("HMAG", mag - 1.45, 3, "[mag] H band magnitude from 2MASS"));
            add(h, real("KMAG", mag - 1.52, 3, "[mag] K band magnitude from 2MASS"));
            add(h, real("KEPMAG", mag, 3, "[mag] Kepler magnitude (Kp)"));
            add(h, integer("TEFF", 4800 + r.nextInt(1400), "[K] Effective temperature"));
            add(h, real("LOGG", r.nextDouble(4.2, 4.7), 3, "[cm/s2] log10 surface gravity"));
            add(h, real("FEH", r.nextDouble(-0.3, 0.3), 3, "[log10([Fe/H])]  metallicity"));
            add(h, real("RADIUS", r.nextDouble(0.6, 1.3), 3, "[solar radii] stellar radius"));
            add(h, blank("TMINDEX", "unique 2MASS catalog ID"));
        }
        return h;
    }

    private static BinaryTableHDU lightCurveHdu(LightCurveSpec s, int version) throws FitsException {
        Columns c = simulate(s, version);
        BinaryTable table = new BinaryTable();
        table.addColumn(c.time);
        table.addColumn(c.timecorr);
        table.addColumn(c.cadenceno);
        table.addColumn(c.sapFlux);
        table.addColumn(c.sapFluxErr);
        table.addColumn(c.sapBkg);
        table.addColumn(c.sapBkgErr);
        table.addColumn(c.pdcFlux);
        table.addColumn(c.pdcFluxErr);
        table.addColumn(c.quality);
        table.addColumn(c.psf1);
        table.addColumn(c.psf1Err);
        table.addColumn(c.psf2);
        table.addColumn(c.psf2Err);
        table.addColumn(c.mom1);
        table.addColumn(c.mom1Err);
        table.addColumn(c.mom2);
        table.addColumn(c.mom2Err);
        table.addColumn(c.posCorr1);
        table.addColumn(c.posCorr2);
        BinaryTableHDU hdu = table.toHDU();
        Header h = hdu.getHeader();
        Flavour f = s.flavour();
        boolean tess = f == Flavour.TESS;
        for (int i = 0; i < COLUMNS.length; i++) {
            String[] col = COLUMNS[i];
            int n = i + 1;
            String name = col[0].equals("quality") ? f.qualityColumn : col[0];
            hdu.setColumnName(i, name, "column title: " + describe(name));
            // cards are inserted before the cursor: put TUNITn/TDISPn right after TTYPEn
            if (n < COLUMNS.length) {
                h.findCard("TFORM" + (n + 1));
            } else {
                h.seekTail();
            }
            if (col[2] != null) {
                String unit = col[2].equals("time") ? f.timeUnit : col[2];
                add(h, string("TUNIT" + n, unit, "column units: " + unitWords(unit)));
            }
            add(h, string("TDISP" + n, col[3], "column display format"));
        }
        h.seekTail();
        Cadence cad = s.cadence();
        double tstart = s.tstart() - cad.days / 2;
        double tstop = s.tstart() + (s.rows() - 1) * cad.days + cad.days / 2;
        extensionCards(h, s, "LIGHTCURVE");
        double livetime = (tstop - tstart) * (tess ? 0.792 : 0.9191);
        add(h, real("EXPOSURE", livetime, 8, "[d] time on source"));
        add(h, string("TIMEREF", "SOLARSYSTEM", "barycentric correction applied to times"));
        add(h, string("TASSIGN", "SPACECRAFT", "where time is assigned"));
        add(h, string("TIMESYS", "TDB", "time system is barycentric JD"));
        add(h, integer("BJDREFI", f.bjdRefI, "integer part of BJD reference date"));
        add(h, real("BJDREFF", 0.0, 8, "fraction of the day in BJD reference date"));
        add(h, string("TIMEUNIT", "d", "time unit for TIME, TSTART and TSTOP"));
        add(h, real("TELAPSE", tstop - tstart, 8, "[d] TSTOP - TSTART"));
        add(h, real("LIVETIME", livetime, 8, "[d] TELAPSE multiplied by DEADC"));
        add(h, real("TSTART", tstart, 8, "observation start time in BJD-BJDREF"));
        add(h, real("TSTOP", tstop, 8, "observation stop time in BJD-BJDREF"));
        add(h, string("DATE-OBS", isoUtc(tstart, f), "TSTART as UTC calendar date"));
        add(h, string("DATE-END", isoUtc(tstop, f), "TSTOP as UTC calendar date"));
        add(h, real("DEADC", tess ? 0.792 : 0.91911, 5, "deadtime correction"));
        add(h, real("TIMEPIXR", 0.5, 1, "bin time beginning=0 middle=0.5 end=1"));
        add(h, real("TIERRELA", 5.78E-07, 2, "[d] relative time error"));
        add(h, real("INT_TIME", cad.integration, 11, "[s] photon accumulation time per frame"));
        add(h, real("READTIME", cad.readout, 12, "[s] readout time per frame"));
        add(h, real("FRAMETIM", cad.integration + cad.readout, 12, "[s] frame time (INT_TIME + READTIME)"));
        add(h, integer("NUM_FRM", cad.frames, "number of frames per time stamp"));
        add(h, real("TIMEDEL", cad.days, 16, "[d] time resolution of data"));
        add(h, logical("BACKAPP", true, "background is subtracted"));
        add(h, logical("DEADAPP", true, "deadtime applied"));
        add(h, logical("VIGNAPP", true, "vignetting or collimator correction applied"));
        if (tess) {
            for (char output : new char[] {'A', 'B', 'C', 'D'}) {
                add(h, real("GAIN" + output, 5.2 + 0.1 * (output - 'A'), 2, "[electrons/count] CCD output "
                        + output + " gain"));
                add(h, real("READNOI" + output, 9.5 + 0.2 * (output - 'A'), 2, "[electrons] read noise CCD output "
                        + output));
            }
        } else {
            add(h, real("GAIN", 112.0, 1, "[electrons/count] channel gain"));
            add(h, real("READNOIS", 80.0, 1, "[electrons] read noise"));
        }
        add(h, integer("NREADOUT", cad.frames, "number of read per cadence"));
        add(h, integer("MEANBLCK", tess ? 6800 : 738, "[count] FSW mean black level"));
        add(h, string("PDCMETHD", tess ? "msMAP" : "multiScaleMap", "PDC algorithm used for target"));
        SplittableRandom r = new SplittableRandom(s.seed() ^ 0xC0DEL);
        add(h, real("CROWDSAP", r.nextDouble(0.93, 1.0), 4, "Ratio of target flux to total flux in op. ap."));
        add(h, real("FLFRCSAP", r.nextDouble(0.75, 0.95), 4, "Frac. of target flux w/in the op. aperture"));
        double perCadence = noisePpm(s);
        double perHour = perCadence / Math.sqrt(1 / 24.0 / cad.days);
        if (tess) {
            add(h, real("CDPP0_5", perHour * Math.sqrt(2), 8, "[ppm] RMS CDPP on 0.5-hr time scales"));
            add(h, real("CDPP1_0", perHour, 8, "[ppm] RMS CDPP on 1.0-hr time scales"));
            add(h, real("CDPP2_0", perHour / Math.sqrt(2), 8, "[ppm] RMS CDPP on 2.0-hr time scales"));
        } else if (cad == Cadence.KEPLER_SHORT) {
            add(h, blank("CDPP3_0", "[ppm] RMS CDPP on 3.0-hr time scales"));
            add(h, blank("CDPP6_0", "[ppm] RMS CDPP on 6.0-hr time scales"));
            add(h, blank("CDPP12_0", "[ppm] RMS CDPP on 12.0-hr time scales"));
        } else {
            add(h, real("CDPP3_0", perHour / Math.sqrt(3), 4, "[ppm] RMS CDPP on 3.0-hr time scales"));
            add(h, real("CDPP6_0", perHour / Math.sqrt(6), 4, "[ppm] RMS CDPP on 6.0-hr time scales"));
            add(h, real("CDPP12_0", perHour / Math.sqrt(12), 4, "[ppm] RMS CDPP on 12.0-hr time scales"));
        }
        return hdu;
    }

    private static BasicHDU<?> apertureHdu(LightCurveSpec s) throws FitsException {
        boolean tess = s.flavour() == Flavour.TESS;
        int w = s.apertureColumns();
        int hgt = s.apertureRows();
        int[][] mask = new int[hgt][w];
        double cx = (w - 1) / 2.0;
        double cy = (hgt - 1) / 2.0;
        double radius = Math.min(w, hgt) / 3.5;
        int output = tess ? 256 >> ((s.detector() + (int) (s.targetId() % 4)) % 4) : 0;
        int inAperture = 0;
        for (int y = 0; y < hgt; y++) {
            for (int x = 0; x < w; x++) {
                boolean corner = (x == 0 || x == w - 1) && (y == 0 || y == hgt - 1);
                boolean optimal = Math.hypot(x - cx, y - cy) <= radius;
                int flags;
                if (tess) {
                    flags = output | 1 | (optimal ? 2 | 8 : 4);
                } else {
                    flags = corner ? 0 : optimal ? 3 : 1;
                }
                mask[y][x] = flags;
                if ((flags & 2) != 0) {
                    inAperture++;
                }
            }
        }
        BasicHDU<?> hdu = Fits.makeHDU(mask);
        Header h = hdu.getHeader();
        h.seekTail();
        extensionCards(h, s, "APERTURE");
        double scale = tess ? 0.005833333 : 0.001106815;
        add(h, string("CTYPE1", "RA---TAN", "right ascension coordinate type"));
        add(h, string("CTYPE2", "DEC--TAN", "declination coordinate type"));
        add(h, real("CRPIX1", cx + 1, 4, "[pixel] reference pixel along image axis 1"));
        add(h, real("CRPIX2", cy + 1, 4, "[pixel] reference pixel along image axis 2"));
        add(h, real("CRVAL1", s.ra(), 6, "[deg] right ascension at reference pixel"));
        add(h, real("CRVAL2", s.dec(), 6, "[deg] declination at reference pixel"));
        add(h, string("CUNIT1", "deg", "physical unit in column dimension"));
        add(h, string("CUNIT2", "deg", "physical unit in row dimension"));
        add(h, real("CDELT1", -scale, 9, "[deg] pixel scale in RA dimension"));
        add(h, real("CDELT2", scale, 9, "[deg] pixel scale in Dec dimension"));
        add(h, real("PC1_1", 1.0, 4, "linear transformation element cos(th)"));
        add(h, real("PC1_2", 0.0, 4, "linear transformation element -sin(th)"));
        add(h, real("PC2_1", 0.0, 4, "linear transformation element sin(th)"));
        add(h, real("PC2_2", 1.0, 4, "linear transformation element cos(th)"));
        add(h, string("WCSNAMEP", "PHYSICAL", "name of world coordinate system alternate P"));
        add(h, integer("WCSAXESP", 2, "number of WCS physical axes"));
        add(h, string("CTYPE1P", "RAWX", "physical WCS axis 1 type CCD col"));
        add(h, string("CUNIT1P", "PIXEL", "physical WCS axis 1 unit"));
        add(h, integer("CRPIX1P", 1, "reference CCD column"));
        add(h, integer("CRVAL1P", column0(s), "value at reference CCD column"));
        add(h, real("CDELT1P", 1.0, 1, "physical WCS axis 1 step"));
        add(h, string("CTYPE2P", "RAWY", "physical WCS axis 2 type CCD row"));
        add(h, string("CUNIT2P", "PIXEL", "physical WCS axis 2 units"));
        add(h, integer("CRPIX2P", 1, "reference CCD row"));
        add(h, integer("CRVAL2P", row0(s), "value at reference CCD row"));
        add(h, real("CDELT2P", 1.0, 1, "physical WCS axis 2 step"));
        add(h, integer("NPIXSAP", inAperture, "Number of pixels in optimal aperture"));
        add(h, integer("NPIXMISS", 0, "Number of op. aperture pixels not collected"));
        return hdu;
    }

    /** The cards both extensions open with: inheritance, name, and who and where the target is. */
    private static void extensionCards(Header h, LightCurveSpec s, String extname) {
        boolean tess = s.flavour() == Flavour.TESS;
        add(h, logical("INHERIT", true, "inherit the primary header"));
        add(h, string("EXTNAME", extname, "name of extension"));
        add(h, integer("EXTVER", 1, "extension version number (not format version)"));
        add(h, string("TELESCOP", tess ? "TESS" : "Kepler", "telescope"));
        add(h, string("INSTRUME", tess ? "TESS Photometer" : "Kepler Photometer", "detector type"));
        add(h, string("OBJECT", object(s), "string version of target id"));
        add(h, integer(tess ? "TICID" : "KEPLERID", s.targetId(), "unique target identifier"));
        add(h, string("RADESYS", "ICRS", "reference frame of celestial coordinates"));
        add(h, real("RA_OBJ", s.ra(), 6, "[deg] right ascension"));
        add(h, real("DEC_OBJ", s.dec(), 6, "[deg] declination"));
        add(h, real("EQUINOX", 2000.0, 1, "equinox of celestial coordinate system"));
    }

    // ---------------------------------------------------------------- data

    /** The 20 columns of one file. */
    private static final class Columns {
        final double[] time;
        final float[] timecorr;
        final int[] cadenceno;
        final float[] sapFlux;
        final float[] sapFluxErr;
        final float[] sapBkg;
        final float[] sapBkgErr;
        final float[] pdcFlux;
        final float[] pdcFluxErr;
        final int[] quality;
        final double[] psf1;
        final float[] psf1Err;
        final double[] psf2;
        final float[] psf2Err;
        final double[] mom1;
        final float[] mom1Err;
        final double[] mom2;
        final float[] mom2Err;
        final float[] posCorr1;
        final float[] posCorr2;

        Columns(int n) {
            time = new double[n];
            timecorr = new float[n];
            cadenceno = new int[n];
            sapFlux = new float[n];
            sapFluxErr = new float[n];
            sapBkg = new float[n];
            sapBkgErr = new float[n];
            pdcFlux = new float[n];
            pdcFluxErr = new float[n];
            quality = new int[n];
            psf1 = new double[n];
            psf1Err = new float[n];
            psf2 = new double[n];
            psf2Err = new float[n];
            mom1 = new double[n];
            mom1Err = new float[n];
            mom2 = new double[n];
            mom2Err = new float[n];
            posCorr1 = new float[n];
            posCorr2 = new float[n];
        }
    }

    private static Columns simulate(LightCurveSpec s, int version) {
        int n = s.rows();
        Columns c = new Columns(n);
        SplittableRandom r = new SplittableRandom(s.seed() * 31 + version);
        Flavour f = s.flavour();
        boolean tess = f == Flavour.TESS;
        boolean k2 = f == Flavour.K2;
        double dt = s.cadence().days;
        double level = tess ? 1.5e4 * Math.pow(10, -0.4 * (s.magnitude() - 10))
                : 1.74e5 * Math.pow(10, -0.4 * (s.magnitude() - 12));
        double sigma = level * noisePpm(s) * 1e-6;
        int bitmask = defaultBitmask(f);
        double crowd = 0.97;
        double col = column0(s) + s.apertureColumns() / 2.0;
        double row = row0(s) + s.apertureRows() / 2.0;
        // one data gap: a downlink (5 to 8 long cadences) for Kepler/K2, the ~1-day orbit gap mid-sector for TESS
        int gapLength = tess ? (int) Math.round(1.0 / dt) : (int) Math.max(5, Math.round((5 + r.nextInt(4)) * 0.02043 / dt));
        int gapStart = tess ? n / 2 - gapLength / 2 : n / 3 + r.nextInt(Math.max(1, n / 3));
        gapLength = Math.min(gapLength, n / 4);
        int firing = Math.max(1, (int) Math.round(12 * 0.02043359821692 / dt));
        int firingPhase = r.nextInt(firing);
        int dump = (int) Math.round((tess ? 2.8 : k2 ? 2.0 : 3.0) / dt);
        int dumpPhase = r.nextInt(Math.max(1, dump));
        double[] star = stellarSignals(s);
        for (int i = 0; i < n; i++) {
            double t = s.tstart() + i * dt;
            c.cadenceno[i] = s.firstCadence() + i;
            c.timecorr[i] = (float) (0.0035 * Math.sin(2 * Math.PI * (t / 372.5 + s.ra() / 360.0)) + 0.001);
            int q = 0;
            if (k2 && (i + firingPhase) % firing == 0) {
                q |= THRUSTER_FIRING;
            } else if (k2 && (i + firingPhase) % firing == firing - 1) {
                q |= POSSIBLE_THRUSTER_FIRING;
            }
            if (dump > 0 && (i + dumpPhase) % dump == 0) {
                q |= MOMENTUM_DUMP;
            }
            if (r.nextDouble() < 0.004) {
                q |= tess ? 64 : COSMIC_RAY;
            }
            if (r.nextDouble() < 0.01) {
                q |= tess ? TESS_IMPULSIVE_OUTLIER : IMPULSIVE_OUTLIER;
            }
            if (tess && (i - gapStart - gapLength) >= 0 && (i - gapStart - gapLength) < 0.3 / dt) {
                q |= TESS_SCATTERED_LIGHT;
            }
            boolean gap = i >= gapStart && i < gapStart + gapLength;
            if (gap) {
                q = tess ? TESS_MANUAL_EXCLUDE | EARTH_POINT : NO_DATA | NO_FINE_POINT;
            }
            c.quality[i] = q;
            c.psf1[i] = Double.NaN;
            c.psf1Err[i] = Float.NaN;
            c.psf2[i] = Double.NaN;
            c.psf2Err[i] = Float.NaN;
            double dip = 0;
            for (Transit tr : s.transits()) {
                dip += tr.decrement(t);
            }
            double drift;
            if (k2) {
                // K2 roll: the spacecraft drifts and a thruster firing every ~6 h resets it (a sawtooth)
                drift = (((i + firingPhase) % firing) / (double) firing - 0.5) * 0.6;
            } else {
                drift = 0.05 * Math.sin(i * dt * 2 * Math.PI / 13.7);
            }
            c.posCorr1[i] = (float) (drift + r.nextGaussian() * 0.01);
            c.posCorr2[i] = (float) (-0.4 * drift + r.nextGaussian() * 0.01);
            double noise = r.nextGaussian() * sigma;
            double bkg = (tess ? 900 : 180) + 20 * Math.sin(i * dt / 8.0) + r.nextGaussian() * 3;
            if (gap) {
                c.time[i] = Double.NaN;
                c.sapFlux[i] = Float.NaN;
                c.sapFluxErr[i] = Float.NaN;
                c.sapBkg[i] = Float.NaN;
                c.sapBkgErr[i] = Float.NaN;
                c.pdcFlux[i] = Float.NaN;
                c.pdcFluxErr[i] = Float.NaN;
                c.mom1[i] = Double.NaN;
                c.mom1Err[i] = Float.NaN;
                c.mom2[i] = Double.NaN;
                c.mom2Err[i] = Float.NaN;
                continue;
            }
            c.time[i] = t;
            boolean outlier = (q & (tess ? TESS_IMPULSIVE_OUTLIER : IMPULSIVE_OUTLIER)) != 0;
            double jump = outlier ? 6 * sigma * (r.nextBoolean() ? 1 : -1) : 0;
            double systematics = 1 - 0.004 * drift * drift - 0.0015 * (i / (double) n);
            double own = star == null ? 1 : star[i];
            c.sapFlux[i] = (float) (level * crowd * (1 - dip) * own * systematics + noise + jump);
            c.sapFluxErr[i] = (float) (sigma * 1.02);
            c.sapBkg[i] = (float) bkg;
            c.sapBkgErr[i] = (float) (1.6 + 0.1 * r.nextDouble());
            if ((q & bitmask) != 0) {
                c.pdcFlux[i] = Float.NaN;
                c.pdcFluxErr[i] = Float.NaN;
            } else {
                c.pdcFlux[i] = (float) (level * (1 - dip) * own + noise + jump);
                c.pdcFluxErr[i] = (float) (sigma * 1.05);
            }
            c.mom1[i] = col + c.posCorr1[i] + r.nextGaussian() * 0.002;
            c.mom1Err[i] = (float) (0.0008 + 0.0002 * r.nextDouble());
            c.mom2[i] = row + c.posCorr2[i] + r.nextGaussian() * 0.002;
            c.mom2Err[i] = (float) (0.0008 + 0.0002 * r.nextDouble());
        }
        return c;
    }

    /** The product of the spec's stellar signals on the cadence grid, or null when it has none. */
    private static double[] stellarSignals(LightCurveSpec s) {
        if (s.signals().isEmpty()) {
            return null;
        }
        double[] time = new double[s.rows()];
        double[] flux = new double[s.rows()];
        for (int i = 0; i < time.length; i++) {
            time[i] = s.tstart() + i * s.cadence().days;
            flux[i] = 1;
        }
        for (Signal signal : s.signals()) {
            signal.apply(time, flux);
        }
        return flux;
    }

    /** White noise per cadence, ppm. */
    static double noisePpm(LightCurveSpec s) {
        if (s.flavour() == Flavour.TESS) {
            double per2min = 250 * Math.pow(10, 0.2 * (s.magnitude() - 8));
            return per2min * Math.sqrt(Cadence.TESS_2MIN.days / s.cadence().days);
        }
        double perLong = 60 * Math.pow(10, 0.2 * (s.magnitude() - 11));
        return perLong * Math.sqrt(Cadence.KEPLER_LONG.days / s.cadence().days);
    }

    // ---------------------------------------------------------------- helpers

    private static int module(int channel) {
        int m = (channel - 1) / 4 + 2;
        return m >= 5 ? m + 1 : m; // channels map to modules 2-4 and 6-24 (1, 5, 21, 25 are guide-sensor corners)
    }

    private static int column0(LightCurveSpec s) {
        return 20 + Math.floorMod(s.targetId() * 7, 1060);
    }

    private static int row0(LightCurveSpec s) {
        return 30 + Math.floorMod(s.targetId() * 13, 980);
    }

    private static String fileDate(LightCurveSpec s, int version) {
        return java.time.LocalDate.parse(s.creationDate()).plusDays(version).toString();
    }

    private static String isoUtc(double offsetDays, Flavour f) {
        long micros = Math.round((offsetDays + f.bjdRefI - 2440587.5) * 86400e6);
        return java.time.Instant.EPOCH.plus(micros, java.time.temporal.ChronoUnit.MICROS)
                .toString().replaceAll("(\\.\\d{3})\\d*Z$", "$1Z");
    }

    /** Galactic longitude and latitude (degrees) of ICRS coordinates. */
    static double[] galactic(double raDeg, double decDeg) {
        double ra = Math.toRadians(raDeg);
        double dec = Math.toRadians(decDeg);
        double raGp = Math.toRadians(192.85948);
        double decGp = Math.toRadians(27.12825);
        double lNcp = Math.toRadians(122.93192);
        double sinB = Math.sin(dec) * Math.sin(decGp) + Math.cos(dec) * Math.cos(decGp) * Math.cos(ra - raGp);
        double b = Math.asin(sinB);
        double y = Math.cos(dec) * Math.sin(ra - raGp);
        double x = Math.sin(dec) * Math.cos(decGp) - Math.cos(dec) * Math.sin(decGp) * Math.cos(ra - raGp);
        double l = lNcp - Math.atan2(y, x);
        double lDeg = Math.toDegrees(l) % 360;
        return new double[] {lDeg < 0 ? lDeg + 360 : lDeg, Math.toDegrees(b)};
    }

    private static String describe(String column) {
        return switch (column) {
            case "TIME" -> "data time stamps";
            case "TIMECORR" -> "barycenter - timeslice correction";
            case "CADENCENO" -> "unique cadence number";
            case "SAP_QUALITY", "QUALITY" -> "aperture photometry quality flag";
            default -> column.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String unitWords(String unit) {
        return switch (unit) {
            case "e-/s" -> "electrons per second";
            case "d" -> "day";
            case "pixel", "pixels" -> "pixel";
            default -> "barycenter corrected JD";
        };
    }

    // Cards are formatted by hand so every byte is under our control (fixed-format FITS, values right-aligned
    // to column 30, strings quoted from column 11).

    private static void add(Header h, HeaderCard card) {
        h.addLine(card);
    }

    private static HeaderCard string(String key, String value, String comment) {
        String quoted = "'" + String.format("%-8s", value.replace("'", "''")) + "'";
        return card(key, String.format("%-20s", quoted), comment);
    }

    private static HeaderCard integer(String key, long value, String comment) {
        return card(key, String.format("%20d", value), comment);
    }

    private static HeaderCard logical(String key, boolean value, String comment) {
        return card(key, String.format("%20s", value ? "T" : "F"), comment);
    }

    private static HeaderCard real(String key, double value, int decimals, String comment) {
        String text = Math.abs(value) < 1e-3 && value != 0
                ? String.format(Locale.ROOT, "%." + Math.min(decimals, 12) + "E", value)
                : String.format(Locale.ROOT, "%." + decimals + "f", value);
        return card(key, String.format("%20s", text), comment);
    }

    private static HeaderCard blank(String key, String comment) {
        return card(key, " ".repeat(20), comment);
    }

    private static HeaderCard card(String key, String value, String comment) {
        String text = String.format("%-8s= %s / %s", key, value, comment);
        return HeaderCard.create(text.length() > 80 ? text.substring(0, 80) : text);
    }
}
