package radio.cli;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import radio.api.Radio;
import radio.api.SearchResults;
import radio.api.TargetResult;
import radio.config.RadioConfig;

/** {@code radio search}: one row per data product of each target, found on MAST with its S3 key. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        header = "Find targets' light curves and other products on MAST, with their keys in the public S3 bucket.",
        description = {
            "Searches MAST for each TARGET's observations, keeps those matching the selection, lists their data "
                    + "products and gives each product's key in the public S3 bucket. Prints one row per product: "
                    + "target, obs_id, obs_collection, t_exptime [s], product (file-type code), productFilename, "
                    + "size [bytes], dataURI, s3_key (empty when the file is not in the cloud).",
            "",
            "Missions: Kepler (KIC n, kplr…, Kepler-n; --quarter), K2 (EPIC n, ktwo…, K2-n; --campaign, split "
                    + "campaigns 9, 10, 11 included), TESS (TIC n, TOI-n; --sector), their community light curves "
                    + "(--author K2SFF, EVEREST, K2SC, QLP, TESS-SPOC), and HST/JWST by --proposal-id, --obs-id and "
                    + "--filters, which need no TARGET. Cadence as a word (--cadence long|short|fast|ffi) or in "
                    + "seconds (--exptime). Options that contradict each other are refused before any work.",
            "",
            "Many targets are searched at once and batched: one Exoplanet Archive query for all K2-/Kepler-/TOI- "
                    + "names, up to 30 names per resolver call, many target names per MAST query, up to 500 "
                    + "observations per products call, at most 4 MAST requests at a time (--mast-connections). "
                    + "Keys of Kepler, K2 and TESS SPOC products follow the bucket's fixed layout and are built "
                    + "from their data URIs (checked once per mission against path_lookup, see --verify-keys); "
                    + "other keys come from path_lookup, 40 files per call. A target that cannot be resolved is "
                    + "reported on stderr and the others go on (exit 1); a target without matching products is "
                    + "named on stderr with what MAST had instead.",
            "",
            "Every answer is recorded in the catalog (RADIO_HOME/catalog.db), so the same search works with "
                    + "--offline later, without the network. For thousands of targets use --format csv or json: "
                    + "rows are printed as they come (table waits for the last row to align the columns)."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  radio search K2-18 --mission K2 --exptime 1800 --product LLC",
            "      K2 long-cadence pipeline light curves of K2-18 (spacekit's selection)",
            "  radio search 'EPIC 201912552' ktwo201367065 'KIC 8264588' \\",
            "      --product LLC --format csv",
            "  radio search K2-21 K2-28 --radius 0s --mission K2 --exptime 1800 \\",
            "      --product LLC",
            "      spacekit's exact method: resolve each name, search its position",
            "      with radius 0 (observations whose footprint contains it)",
            "  radio targets --table k2names --format text \\",
            "      | radio search --targets-file - --product LLC",
            "  radio search Kepler-90 'KIC 11446443' --quarter 1-4 --product LLC",
            "      Kepler long-cadence light curves of quarters 1 to 4",
            "  radio search Kepler-1 --cadence short --quarter 2 --product SLC",
            "  radio search 'EPIC 228725972' --campaign 10 --product LLC",
            "      campaign 10's light curve (file c102, the campaign's second half)",
            "  radio search K2-21 --author K2SFF,EVEREST,K2SC --extension lc.fits",
            "      community (HLSP) light curves of a K2 star",
            "  radio search 'TIC 25155310' --sector 1 --cadence short --product LC,TP",
            "      TESS SPOC 2-min light curve and target pixel file of sector 1",
            "  radio search 'pi Mensae' --cadence fast --product FAST-LC",
            "  radio search 'TIC 25155310' --cadence ffi --author QLP,TESS-SPOC",
            "      TESS light curves made from full-frame images",
            "  radio targets --table toi --format text \\",
            "      | radio search --targets-file - --sector 14 --product LC --format csv",
            "  radio search --proposal-id 9401 --obs-id 'j8pu0b*' --product FLC,SPT",
            "      HST files by proposal and observation id, no target needed",
            "  radio search --proposal-id 2736 --filters F090W --product I2D,ASN",
            "  radio search --proposal-id 9401 --mrp-only",
            "      MAST's Minimum Recommended Products only",
            "",
            "Exit codes: 0 all targets searched · 1 some targets failed (each named on",
            "stderr, the others are printed) · 2 usage error, nothing attempted"})
public final class SearchCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Mixin
    SelectionOptions selection;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "Output: table (aligned, with a # column and units), csv or json. Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--offline",
            description = "Answer from the catalog (RADIO_HOME/catalog.db) alone, without any network request: what "
                    + "earlier searches with the same criteria found. A target it cannot answer for is named on "
                    + "stderr with the reason (exit 1).")
    boolean offline;

    @Mixin
    ArchiveOptions archive;

    SearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws Exception {
        String format = this.format.strip().toLowerCase(Locale.ROOT);
        if (!format.equals("table") && !format.equals("csv") && !format.equals("json")) {
            throw new ParameterException(spec.commandLine(), "--format: '" + this.format
                    + "' is not one of table, csv, json");
        }
        SelectionOptions.Plan plan = selection.plan(context, true);
        plan.warnings().forEach(w -> spec.commandLine().getErr().println("radio: warning: " + w));
        RadioConfig config = archive.config(context, null);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Radio radio = plan.radio(config).build()) {
            ProductWriter writer = ProductWriter.of(format, out);
            writer.start();
            InOrder inOrder = new InOrder(writer, err);
            SearchResults results = radio.search(plan.search(), offline, inOrder::accept);
            writer.finish();
            return results.withoutProducts().isEmpty() ? 0 : 1;
        }
    }

    /**
     * Releases results in input order (the search delivers them in completion order) so output is stable;
     * failures and empty targets are named on stderr as they are released. Called serially by the search.
     */
    private static final class InOrder {
        private final ProductWriter writer;
        private final PrintWriter err;
        private final Map<Integer, TargetResult> early = new HashMap<>();
        private int next;

        InOrder(ProductWriter writer, PrintWriter err) {
            this.writer = writer;
            this.err = err;
        }

        void accept(TargetResult result) {
            early.put(result.index(), result);
            TargetResult r;
            while ((r = early.remove(next)) != null) {
                next++;
                if (r.status() != TargetResult.Status.FOUND) {
                    err.println(Failures.targetLine(r));
                } else {
                    writer.write(r.products());
                }
                err.flush();
            }
        }
    }
}
